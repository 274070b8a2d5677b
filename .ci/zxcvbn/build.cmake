# SPDX-License-Identifier: Apache-2.0
# zxcvbn-c (password strength) is in neither vcpkg nor Homebrew: the Windows and macOS jobs of
# .github/workflows/build.yml build it from a fixed release with its own CMakeLists.txt and install
# it into a prefix that CMAKE_PREFIX_PATH then names (the root CMakeLists.txt finds it with
# find_library(zxcvbn)). Debian has it as libzxcvbn-dev.
#   cmake -DPREFIX=<install dir> -P .ci/zxcvbn/build.cmake
cmake_minimum_required(VERSION 3.22)
if(NOT PREFIX)
    message(FATAL_ERROR "usage: cmake -DPREFIX=<install dir> -P build.cmake")
endif()
set(version v2.5)
set(work ${CMAKE_CURRENT_LIST_DIR}/work)
file(REMOVE_RECURSE ${work})
execute_process(COMMAND git clone --depth 1 --branch ${version} https://github.com/tsyrogit/zxcvbn-c.git ${work}/src
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_COMMAND} -S ${work}/src -B ${work}/build -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_INSTALL_PREFIX=${PREFIX} COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${work}/build --config Release COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${work}/build --config Release COMMAND_ERROR_IS_FATAL ANY)
