-- GET /api/adds/?q=<AGROVET_BENCH_QUERY> with a different max_price on every request (far above every price, so the
-- results are the same): no two requests share a remembered ranking, so each one ranks every match in PostgreSQL.
local query = os.getenv("AGROVET_BENCH_QUERY")
local thread_index = 0

function setup(thread)
  thread_index = thread_index + 1
  thread:set("seed", thread_index)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

request = function()
  return wrk.format("GET", "/api/adds/?q=" .. query .. "&max_price=" .. (1000000000 + math.random(1, 100000000)))
end
