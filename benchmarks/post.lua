-- wrk script: POST the JSON in $BODY_FILE, with $API_KEY as X-Api-Key when set.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("API_KEY")
if key ~= nil and #key > 0 then
  wrk.headers["X-Api-Key"] = key
end
