-- POST /api/auth/token/verify/ with the token from the environment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"token":"' .. os.getenv("AGROVET_BENCH_TOKEN") .. '"}'
