// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

struct RequestInfo;

// What HttpListener asks of the application: where a request runs and what it is answered.
class HttpService
{
public:
    virtual ~HttpService() = default;
    // True when answering may take long (password hashing, delivery): the request then runs on the
    // worker pool, and the connection's thread serves others meanwhile. Called first, once per
    // request: it may note in the request what answer() needs (which route it is).
    virtual bool runsOnWorker(RequestInfo& request) const = 0;
    // Called on the connection's thread or a worker, from several threads at once.
    virtual HttpReply answer(const RequestInfo& request) = 0;
    // A request the listener refused itself (431, 413): for the log.
    virtual void refused(const RequestInfo& request, const HttpReply& reply) = 0;
};
