-- SPDX-License-Identifier: Apache-2.0
-- GET /v1/account with the access tokens of many sessions in turn.
-- wrk ... -s profile.lua URL -- TOKEN-FILE THREADS
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require("common")

local tokens
local next_index = 0

function init(args)
   tokens = load_tokens(args[1], tonumber(args[2]))
end

function request()
   next_index = next_index % #tokens + 1
   return wrk.format("GET", "/v1/account", { ["Authorization"] = "Bearer " .. tokens[next_index] })
end
