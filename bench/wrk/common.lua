-- Shared by the wfed wrk scripts: the session cookie and CSRF header from the environment
-- (WFED_SESSION, WFED_CSRF), and a done() that prints one machine-readable line:
--   RESULT <requests/s> <median ms> <p99 ms> <requests> <non-2xx> <socket errors>
local M = {}

function M.headers()
  local session = os.getenv("WFED_SESSION")
  if session and session ~= "" then
    wrk.headers["Cookie"] = "WFED_SESSION=" .. session
  end
  local csrf = os.getenv("WFED_CSRF")
  if csrf and csrf ~= "" then
    wrk.headers["X-CSRF-Token"] = csrf
  end
  wrk.headers["Accept"] = "application/json"
end

function M.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end

return M
