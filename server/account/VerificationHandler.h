// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

struct RequestInfo;
struct VerifyCodeRequest;

// Proves that the person owns the email or phone of a registration: POST
// /v1/registrations/{id}/verify with the code, or the emailed link. Opening the link (GET
// /v1/registrations/{id}/confirm?token=…) only shows a page with a Confirm button, whose POST to the
// same address confirms: mail scanners open links by themselves, and must not confirm for the person.
class VerificationHandler
{
public:
    HttpReply verify(const RequestInfo& request, const VerifyCodeRequest& verify) const;
    // GET shows the button; POST confirms.
    HttpReply confirm(const RequestInfo& request) const;
};
