-- SPDX-License-Identifier: Apache-2.0
-- GET of a static file (the nginx ceiling), with the same done() report.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
require("common")
