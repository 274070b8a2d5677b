# SPDX-License-Identifier: Apache-2.0
# Hardened build: the flags a Debian package gets from dpkg-buildflags with every hardening feature
# on (_FORTIFY_SOURCE, -fstack-protector-strong, -Werror=format-security, -z relro, -z now) and
# position-independent executables, so that the programs CPack packs are built like a Debian
# package would be. Included by the root CMakeLists.txt before any target exists.
#
# Without dpkg-buildflags (another distribution, macOS) the same flags are used where the compiler
# takes them. -DAM_HARDENING=OFF turns all of it off (e.g. to compare code generation).
#
# From dpkg-buildflags only the hardening part is kept: -O and -g belong to the build type
# (Debug stays -O0, RelWithDebInfo -O2 -g), and -ffile-prefix-map=<cwd>=. is dropped because
# QFINDTESTDATA and debuggers find files by their real path.
option(AM_HARDENING "Build with hardening flags (dpkg-buildflags hardening=+all where it exists)" ON)
if(NOT AM_HARDENING OR MSVC)
    return()
endif()

include(CheckPIESupported)
check_pie_supported(OUTPUT_VARIABLE _am_pie_output LANGUAGES CXX)
if(CMAKE_CXX_LINK_PIE_SUPPORTED)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
else()
    message(WARNING "Position-independent executables are not supported here: ${_am_pie_output}")
endif()

set(_am_compile_flags)
set(_am_link_flags)
find_program(AM_DPKG_BUILDFLAGS dpkg-buildflags)
mark_as_advanced(AM_DPKG_BUILDFLAGS)
if(AM_DPKG_BUILDFLAGS)
    foreach(_am_var CPPFLAGS CXXFLAGS LDFLAGS)
        execute_process(
            COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                ${AM_DPKG_BUILDFLAGS} --get ${_am_var}
            OUTPUT_VARIABLE _am_value OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE _am_result)
        if(NOT _am_result EQUAL 0)
            message(FATAL_ERROR "dpkg-buildflags --get ${_am_var} failed (${_am_result})")
        endif()
        separate_arguments(_am_value UNIX_COMMAND "${_am_value}")
        foreach(_am_flag IN LISTS _am_value)
            if(_am_flag MATCHES "^-O|^-g|^-ffile-prefix-map=|^-fdebug-prefix-map=")
                continue()
            endif()
            if(_am_var STREQUAL "LDFLAGS")
                list(APPEND _am_link_flags ${_am_flag})
            else()
                list(APPEND _am_compile_flags ${_am_flag})
            endif()
        endforeach()
    endforeach()
    set(_am_source "dpkg-buildflags")
elseif(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set(_am_compile_flags -D_FORTIFY_SOURCE=2 -fstack-protector-strong -Wformat -Werror=format-security)
    if(NOT APPLE)
        set(_am_link_flags -Wl,-z,relro -Wl,-z,now)
    endif()
    set(_am_source "built-in list")
endif()

foreach(_am_flag IN LISTS _am_compile_flags)
    if(_am_flag MATCHES "^-D_FORTIFY_SOURCE")
        # glibc warns, and does nothing, without optimisation: not in a Debug (-O0) build.
        add_compile_options("$<$<NOT:$<CONFIG:Debug>>:${_am_flag}>")
    else()
        add_compile_options(${_am_flag})
    endif()
endforeach()
add_link_options(${_am_link_flags})
message(STATUS "Hardening (${_am_source}): ${_am_compile_flags} ${_am_link_flags}; PIE ${CMAKE_CXX_LINK_PIE_SUPPORTED}")
