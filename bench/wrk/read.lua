-- A signed-in user's typical read: GET of the URL given to wrk (e.g. a community's people, page 1).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local common = require("common")
common.headers()
done = common.done
