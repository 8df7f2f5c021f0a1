-- Reads every ad once (GET /api/adds/{id}/ for AGROVET_BENCH_FIRST_ID..AGROVET_BENCH_LAST_ID, split over the threads),
-- then stops: fills the ad cache the way traffic over the whole catalogue would. Pass the thread count: -- <threads>.
local first = tonumber(os.getenv("AGROVET_BENCH_FIRST_ID"))
local last = tonumber(os.getenv("AGROVET_BENCH_LAST_ID"))
local thread_index = 0

function setup(thread)
  thread:set("offset", thread_index)
  thread_index = thread_index + 1
end

function init(args)
  step = tonumber(args[1])
  next_id = first + offset
  done = false
end

request = function()
  local id = next_id
  next_id = next_id + step
  if id > last then
    done = true
    id = last
  end
  return wrk.format("GET", "/api/adds/" .. id .. "/")
end

response = function(status, headers, body)
  if done then
    wrk.thread:stop()
  end
end
