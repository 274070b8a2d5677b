# SPDX-License-Identifier: Apache-2.0
# cmake -DCTL=account-ctl -DDOC=docs/errors.md -DOUT=build/…/errors.md -P CheckErrorsDoc.cmake
# Regenerates the error catalog's Markdown into the build tree and compares it with the committed file.
set(fix "run `account-ctl errors --markdown > docs/errors.md` (account-ctl from your build, e.g. build/cli/account-ctl) and commit it")
execute_process(COMMAND ${CTL} errors --markdown OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "account-ctl errors --markdown failed (${rc})")
endif()
if(NOT EXISTS ${DOC})
    message(FATAL_ERROR "docs/errors.md is missing: ${fix}")
endif()
file(READ ${OUT} generated)
file(READ ${DOC} committed)
if(NOT generated STREQUAL committed)
    message(FATAL_ERROR "docs/errors.md is out of date: ${fix}. The regenerated file is ${OUT}; "
        "compare with: diff -u ${DOC} ${OUT}")
endif()
message(STATUS "docs/errors.md matches the error catalog")
