-- SPDX-License-Identifier: Apache-2.0
-- POST /v1/sessions for one account, over and over: each one verifies the Argon2id hash.
-- wrk ... -s signin.lua URL -- LOGIN PASSWORD
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require("common")

local body

function init(args)
   body = string.format('{"login": "%s", "password": "%s", "device": {"id": "bench-wrk-%d", '
                           .. '"name": "wrk", "kind": "computer", "platform": "Linux"}}', args[1], args[2], id)
end

function request()
   return wrk.format("POST", "/v1/sessions", { ["Content-Type"] = "application/json" }, body)
end
