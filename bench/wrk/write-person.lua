-- A typical write: POST /api/people registering a woman with a unique name in the community
-- WFED_UNIT (each wrk thread numbers its own names).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local common = require("common")
common.headers()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local unit = os.getenv("WFED_UNIT")
local run = os.getenv("WFED_RUN") or tostring(os.time())
local threads = {}
local counter = 0

-- setup() runs in the main state; it gives every thread's state a global tid
function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"unitId":%s,"name":"压测%s-%d-%d","sex":"F","birthDate":"1985-03-%02d","phone":"13800000000"}',
    unit, run, tid or 0, counter, counter % 28 + 1)
  return wrk.format(nil, nil, nil, body)
end

done = common.done
