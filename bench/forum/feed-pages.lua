-- GET /api/foro/posts/?sort=<sort>&page_size=20, following next links: each connection walks pages 1 to 50 and starts
-- over, so the run mixes every page depth equally. AGROVET_BENCH_SORT: new | hot.
local sort = os.getenv("AGROVET_BENCH_SORT") or "new"
local first = "/api/foro/posts/?community=all&sort=" .. sort .. "&page_size=20"
local path, page = first, 1

request = function()
  return wrk.format("GET", path)
end

response = function(status, headers, body)
  local nextLink = status == 200 and body:match('"next":"(.-)"') or nil
  page = page + 1
  if nextLink == nil or page > 50 then
    path, page = first, 1
  else
    path = nextLink:gsub("^https?://[^/]+", ""):gsub("\\u0026", "&")
  end
end
