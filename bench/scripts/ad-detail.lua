-- GET /api/adds/{id}/ with ids drawn uniformly from AGROVET_BENCH_FIRST_ID..AGROVET_BENCH_LAST_ID (anonymous).
local first = tonumber(os.getenv("AGROVET_BENCH_FIRST_ID"))
local last = tonumber(os.getenv("AGROVET_BENCH_LAST_ID"))
local thread_index = 0

function setup(thread)
  thread_index = thread_index + 1
  thread:set("seed", thread_index)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

request = function()
  return wrk.format("GET", "/api/adds/" .. math.random(first, last) .. "/")
end
