-- POST /api/foro/posts/{id}/react/ with a random post and a random value (+1, -1, 0), as the signed-in bench user.
-- AGROVET_BENCH_FIRST_ID/LAST_ID: the seeded post ids; AGROVET_BENCH_TOKEN: the access token.
local first = tonumber(os.getenv("AGROVET_BENCH_FIRST_ID"))
local last = tonumber(os.getenv("AGROVET_BENCH_LAST_ID"))
local token = os.getenv("AGROVET_BENCH_TOKEN")
local values = { "1", "-1", "0" }

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

request = function()
  local id = math.random(first, last)
  return wrk.format("POST", "/api/foro/posts/" .. id .. "/react/",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
    '{"value":' .. values[math.random(1, 3)] .. '}')
end
