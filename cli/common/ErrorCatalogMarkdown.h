// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// docs/errors.md, made from ErrorCatalog so that it cannot drift from the code: the cli_errors_doc
// test regenerates it and compares.
class ErrorCatalogMarkdown
{
public:
    static QString generate();
};
