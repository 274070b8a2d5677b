// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where --help, --version and option errors go. On Windows account-manager is a GUI-subsystem
// program: started from a terminal it gets no console of its own, so stdout and stderr lead
// nowhere and --help would print nothing. attachToParent() connects them to the console of the
// terminal that started it (when there is one and they are not already redirected to a file or a
// pipe) and makes it show UTF-8, so that Russian and Chinese help reads right. Elsewhere it does
// nothing: stdout and stderr are the terminal's already.
namespace ConsoleOutput {
void attachToParent();
}
