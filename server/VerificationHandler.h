#pragma once

#include "HttpReply.h"
#include <QJsonObject>

struct RequestInfo;

// Proves that the person owns the email or phone of a registration: POST
// /v1/registrations/{id}/verify with the code, or GET /v1/registrations/{id}/confirm?token=… from
// the emailed link (answered with a small HTML page, since a browser opens it).
class VerificationHandler
{
public:
    HttpReply verify(const RequestInfo& request, const QJsonObject& body) const;
    HttpReply confirm(const RequestInfo& request) const;
};
