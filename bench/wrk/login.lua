-- Sign-in: POST /api/auth/login with WFED_USER / WFED_PASSWORD (each answer opens a session).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local common = require("common")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = string.format('{"username":"%s","password":"%s"}', os.getenv("WFED_USER"), os.getenv("WFED_PASSWORD"))
done = common.done
