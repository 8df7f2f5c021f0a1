-- POST /api/media/ with a prepared multipart body (a 5 MB video) read once from AGROVET_BENCH_BODY.
local file = assert(io.open(os.getenv("AGROVET_BENCH_BODY"), "rb"))
local body = file:read("*a")
file:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("AGROVET_BENCH_BOUNDARY")
wrk.body = body
