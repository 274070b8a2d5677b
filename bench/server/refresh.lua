-- SPDX-License-Identifier: Apache-2.0
-- POST /v1/sessions/refresh, each refresh token once (they rotate). When the file runs out the
-- requests carry an unknown token and fail, which the runner sees in statusErrors.
-- wrk ... -s refresh.lua URL -- TOKEN-FILE THREADS
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require("common")

local tokens
local next_index = 0

function init(args)
   tokens = load_tokens(args[1], tonumber(args[2]))
end

function request()
   next_index = next_index + 1
   local token = tokens[next_index] or "exhausted"
   return wrk.format("POST", "/v1/sessions/refresh", { ["Content-Type"] = "application/json" },
                     '{"refreshToken": "' .. token .. '"}')
end
