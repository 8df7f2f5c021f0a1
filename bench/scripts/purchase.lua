-- POST /api/adds/{AGROVET_BENCH_STOCK_AD_ID}/purchase/ {"quantity":1} as the buyer in AGROVET_BENCH_TOKEN,
-- each request with a new Idempotency-Key (run id, thread, counter).
local ad = os.getenv("AGROVET_BENCH_STOCK_AD_ID")
local token = os.getenv("AGROVET_BENCH_TOKEN")
local run = os.getenv("AGROVET_BENCH_RUN") or tostring(os.time())
local thread_index = 0

function setup(thread)
  thread_index = thread_index + 1
  thread:set("thread_id", thread_index)
end

function init(args)
  counter = 0
end

request = function()
  counter = counter + 1
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run .. "-" .. thread_id .. "-" .. counter,
  }
  return wrk.format("POST", "/api/adds/" .. ad .. "/purchase/", headers, '{"quantity":1}')
end
