-- Seeds foro_db for bench/forum.sh: :users users, :communities communities, :posts posts spread over the last year,
-- :votes post votes (each user votes once per post at most), with every total, ranking value and counter exactly
-- what the service would have computed; and one post (the first) with a 1,000-comment thread of depth 50.
-- Run with psql -v users=10000 -v communities=50 -v posts=100000 -v votes=1000000 -f seed.sql
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO users (id, username, role, is_active, is_deleted, event_time)
SELECT 1000000 + g, 'bench_user_' || g, 'consumer', true, false, now() FROM generate_series(1, :users) AS g
ON CONFLICT (id) DO NOTHING;

INSERT INTO communities (slug, name, description, rules, creator_id, created_at, member_count, post_count, removed_post_count)
SELECT 'bench-' || g, 'Bench ' || g, 'Comunidad de prueba ' || g, '', 1000001, now() - interval '2 years', 0, 0, 0
FROM generate_series(1, :communities) AS g;

CREATE TEMP TABLE bench_communities AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM communities WHERE slug LIKE 'bench-%';

INSERT INTO posts (community_id, author_id, title, body, body_html, link, media_ids, created_at, is_deleted, is_removed, is_locked,
                   ups, downs, score, comment_count, hot, best, controversy)
SELECT c.id, 1000000 + 1 + (g * 7919) % :users,
       'Pregunta ' || g || ' sobre vacunas y terneros', 'Texto de la pregunta ' || g, '<p>Texto de la pregunta ' || g || '</p>', NULL, '{}',
       now() - (((g::bigint * 104729) % 31536000) || ' seconds')::interval, false, false, false, 0, 0, 0, 0, 0, 0, 0
FROM generate_series(1, :posts) AS g
JOIN bench_communities AS c ON c.n = 1 + g % :communities;

-- Votes: skewed towards a few popular posts (the first ~1% get most), 80% up.
CREATE TEMP TABLE bench_posts AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM posts
WHERE community_id IN (SELECT id FROM bench_communities);
INSERT INTO post_votes (post_id, user_id, value, voted_at)
SELECT p.id, v.user_id, CASE WHEN random() < 0.8 THEN 1 ELSE -1 END, now()
FROM (
    SELECT DISTINCT ON (post_n, user_id) post_n, user_id FROM (
        SELECT 1 + floor(:posts * power(random(), 3))::bigint AS post_n, 1000001 + floor(random() * :users)::bigint AS user_id
        FROM generate_series(1, (:votes * 1.05)::bigint)) AS raw
    LIMIT :votes) AS v
JOIN bench_posts AS p ON p.n = v.post_n;

UPDATE posts AS p SET ups = t.ups, downs = t.downs, score = t.ups - t.downs
FROM (SELECT post_id, count(*) FILTER (WHERE value = 1)::int AS ups, count(*) FILTER (WHERE value = -1)::int AS downs
      FROM post_votes GROUP BY post_id) AS t
WHERE p.id = t.post_id;
UPDATE posts SET hot = forum_hot(ups, downs, created_at), best = forum_best(ups, downs), controversy = forum_controversy(ups, downs)
WHERE community_id IN (SELECT id FROM bench_communities);
UPDATE communities AS c SET post_count = t.n FROM (SELECT community_id, count(*) AS n FROM posts GROUP BY community_id) AS t
WHERE c.id = t.community_id;

-- The thread: 10 chains of depth 50, then 500 replies anywhere above depth 49.
CREATE TEMP TABLE bench_thread (n int PRIMARY KEY, parent int, depth int);
INSERT INTO bench_thread SELECT chain * 50 + d, CASE WHEN d = 0 THEN NULL ELSE chain * 50 + d - 1 END, d
FROM generate_series(0, 9) AS chain, generate_series(0, 49) AS d;
DO $$
DECLARE i int; p int; pd int;
BEGIN
    FOR i IN 500..999 LOOP
        SELECT n, depth INTO p, pd FROM bench_thread WHERE depth < 49 ORDER BY random() LIMIT 1;
        INSERT INTO bench_thread VALUES (i, p, pd + 1);
    END LOOP;
END $$;
ALTER TABLE bench_thread ADD COLUMN id bigint;
UPDATE bench_thread SET id = nextval(pg_get_serial_sequence('comments', 'id'));
INSERT INTO comments (id, post_id, community_id, parent_id, depth, author_id, body, body_html, created_at, is_deleted, is_removed,
                      ups, downs, score, best, controversy)
SELECT t.id, p.id, p.community_id, parent.id, t.depth, 1000001 + t.n % :users, 'Respuesta ' || t.n, '<p>Respuesta ' || t.n || '</p>', now(),
       false, false, (t.n * 31) % 40, (t.n * 17) % 12, (t.n * 31) % 40 - (t.n * 17) % 12,
       forum_best((t.n * 31) % 40, (t.n * 17) % 12), forum_controversy((t.n * 31) % 40, (t.n * 17) % 12)
FROM bench_thread AS t
LEFT JOIN bench_thread AS parent ON parent.n = t.parent
CROSS JOIN (SELECT id, community_id FROM posts WHERE id = (SELECT id FROM bench_posts WHERE n = 1)) AS p
ORDER BY t.depth;
UPDATE posts SET comment_count = 1000 WHERE id = (SELECT id FROM bench_posts WHERE n = 1);
COMMIT;
VACUUM ANALYZE users, communities, posts, post_votes, comments, post_search, comment_search;
SELECT (SELECT id FROM bench_posts WHERE n = 1) AS thread_post_id,
       (SELECT min(id) FROM bench_posts) AS first_post_id, (SELECT max(id) FROM bench_posts) AS last_post_id;
