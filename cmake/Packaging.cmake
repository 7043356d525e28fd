# cpack -G DEB: one package, access-kiosk, that `apt install ./access-kiosk_*.deb` installs
# on Debian 12. Build it from the `package` preset (Release, prefix /usr, no sanitizers):
#   cmake --preset package && cmake --build --preset package && cpack --preset package
# The libraries it links are found by dpkg-shlibdeps; what it reads at run time without
# linking (voices, fonts, hyphenation dictionaries) is declared here.
set(CPACK_PACKAGE_NAME access-kiosk)
set(CPACK_PACKAGE_VENDOR "Access Kiosk")
set(KIOSK_PACKAGE_MAINTAINER "Access Kiosk maintainers <maintainers@access-kiosk.invalid>"
  CACHE STRING "The Maintainer field of the .deb: who builds and answers for this package")
set(CPACK_PACKAGE_CONTACT ${KIOSK_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "self-voicing information kiosk for persons with disabilities")
set(CPACK_PACKAGE_DESCRIPTION
  "A fullscreen public information kiosk that speaks every item with eSpeak NG in Mandarin, "
  "English and Korean, with large high-contrast text, touch and an EZ Access keypad. It "
  "ships with the Changyi District content pack and kiosk-pack, the staff tool for packs.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
# The configuration is installed at an absolute path (/etc/access-kiosk): stage by DESTDIR.
set(CPACK_SET_DESTDIR ON)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # access-kiosk_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Read at run time, not linked: eSpeak NG's voices, the fonts of fonts.toml (Noto Sans CJK
# for Chinese and Korean, Noto Sans and Noto Sans Arabic), the English hyphenation
# dictionary. libcurl4 (linked, so shlibdeps finds it too) fetches pack updates; libasound2
# (linked, likewise) reads the headset jack. liblouis-data holds the braille tables
# liblouis reads; libbrlapi0.8 (linked) talks to BRLTTY, which drives a braille display
# when one is used (recommended, not required).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data, fonts-noto-cjk, fonts-noto-core, hyphen-en-us, cage, xwayland, libcurl4, libasound2, liblouis-data, libbrlapi0.8")
# kiosk-pack check reads the Unihan readings to find polyphonic words (a warning without);
# BRLTTY drives a braille display, where the kiosk has one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "unicode-data, brltty")

# Maintainer scripts, and the configuration as a conffile (an edited kiosk.toml survives
# an upgrade) once the source tree has one.
set(KIOSK_DEBIAN_DIR ${CMAKE_SOURCE_DIR}/kiosk/install/debian)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${KIOSK_DEBIAN_DIR}/postinst ${KIOSK_DEBIAN_DIR}/prerm
  ${KIOSK_DEBIAN_DIR}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(EXISTS ${CMAKE_SOURCE_DIR}/kiosk/install/kiosk.toml)
  file(WRITE ${CMAKE_BINARY_DIR}/debian/conffiles "${CMAKE_INSTALL_FULL_SYSCONFDIR}/access-kiosk/kiosk.toml\n")
  list(APPEND CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/debian/conffiles)
endif()

include(CPack)
