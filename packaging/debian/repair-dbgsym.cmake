# SPDX-License-Identifier: Apache-2.0
# CPACK_POST_BUILD_SCRIPTS: finishes the -dbgsym packages CPackDeb made (CPACK_DEBIAN_DEBUGINFO_PACKAGE)
# the way debhelper's dh_strip makes them. CMake 3.25's CPackDeb writes their md5sums with the
# path of each file in CPack's build tree instead of its path in the package (dpkg --verify and
# debsums would report every file), leaves the .debug files executable, and gives the packages
# no /usr/share/doc (no copyright): this rebuilds each .ddeb with correct md5sums, mode 0644 and,
# as dh_strip does, /usr/share/doc/PACKAGE-dbgsym a symlink to the main package's documentation
# (the package depends on that one in the same version; a debug package holds nothing else).
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()
find_program(AM_DPKG_DEB dpkg-deb REQUIRED)
set(_ddebs)
foreach(_file IN LISTS CPACK_PACKAGE_FILES)
    if(_file MATCHES "-dbgsym_.*\\.ddeb$")
        list(APPEND _ddebs "${_file}")
    endif()
endforeach()
foreach(_ddeb IN LISTS _ddebs)
    get_filename_component(_name "${_ddeb}" NAME)
    string(REGEX REPLACE "_.*" "" _package "${_name}")
    string(REGEX REPLACE "-dbgsym$" "" _main "${_package}")
    set(_root "${CPACK_TOPLEVEL_DIRECTORY}/repair-dbgsym/${_package}")
    file(REMOVE_RECURSE "${_root}")
    file(MAKE_DIRECTORY "${CPACK_TOPLEVEL_DIRECTORY}/repair-dbgsym")
    execute_process(COMMAND "${AM_DPKG_DEB}" --raw-extract "${_ddeb}" "${_root}" COMMAND_ERROR_IS_FATAL ANY)
    file(GLOB_RECURSE _files LIST_DIRECTORIES false RELATIVE "${_root}" "${_root}/usr/*")
    list(SORT _files)
    set(_md5sums "")
    foreach(_file IN LISTS _files)
        file(CHMOD "${_root}/${_file}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
        file(MD5 "${_root}/${_file}" _md5)
        string(APPEND _md5sums "${_md5}  ${_file}\n")
    endforeach()
    file(WRITE "${_root}/DEBIAN/md5sums" "${_md5sums}")
    file(CHMOD "${_root}/DEBIAN/md5sums" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    file(MAKE_DIRECTORY "${_root}/usr/share/doc")
    file(CREATE_LINK "${_main}" "${_root}/usr/share/doc/${_package}" SYMBOLIC)
    # The debug files are large and already pack well: xz at its fastest preset keeps cpack quick.
    execute_process(COMMAND "${AM_DPKG_DEB}" --root-owner-group -Zxz -z1 --build "${_root}" "${_ddeb}"
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${_root}")
    message(STATUS "Repaired ${_name}: md5sums, modes, /usr/share/doc/${_package} -> ${_main}")
endforeach()
