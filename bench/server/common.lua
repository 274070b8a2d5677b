-- SPDX-License-Identifier: Apache-2.0
-- Shared by the wrk scripts: each thread takes every Nth line of a token file, and done() prints
-- one JSON line that bench/runner.py reads (latencies in microseconds).
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
end

function load_tokens(path, threads)
   local list = {}
   local i = 0
   for line in io.lines(path) do
      if i % threads + 1 == id then
         list[#list + 1] = line
      end
      i = i + 1
   end
   return list
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'WRK-JSON {"requests": %d, "durationUs": %d, "p50Us": %d, "p99Us": %d, "meanUs": %.1f, '
         .. '"connectErrors": %d, "readErrors": %d, "writeErrors": %d, "statusErrors": %d, "timeouts": %d}\n',
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
      e.connect, e.read, e.write, e.status, e.timeout))
end
