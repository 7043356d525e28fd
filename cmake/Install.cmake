# cmake --install: the kiosk as bin/access-kiosk, the staff tools as bin/kiosk-pack and bin/kiosk-stats, the
# shipped data under share/access-kiosk (the layout the build tree mirrors, see
# DataLayout.cmake), and the files that make it a service: its configuration in
# /etc/access-kiosk, the systemd unit and its system user. Two components: `kiosk` (the
# programs and their data, which run from any prefix) and `service` (files for the system's
# own folders, some at absolute paths); a package holds both.

install(PROGRAMS $<TARGET_FILE:kiosk> DESTINATION ${CMAKE_INSTALL_BINDIR} RENAME access-kiosk COMPONENT kiosk)
install(TARGETS kiosk-pack kiosk-stats RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT kiosk)

install(DIRECTORY ${CMAKE_SOURCE_DIR}/content/changyi/ DESTINATION ${KIOSK_DATA_DESTINATION}/packs/changyi COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/fonts/fonts.toml DESTINATION ${KIOSK_DATA_DESTINATION}/fonts COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/audio/earcons.toml DESTINATION ${KIOSK_DATA_DESTINATION}/audio COMPONENT kiosk)
# The technician's guide, which the systemd unit names as its documentation.
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/TECHNICIAN.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/access-kiosk COMPONENT kiosk)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/kiosk/pack_tool/console/web/ DESTINATION ${KIOSK_DATA_DESTINATION}/console COMPONENT kiosk)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/audio/lexicon/ DESTINATION ${KIOSK_DATA_DESTINATION}/audio/lexicon COMPONENT kiosk)
install(DIRECTORY ${KIOSK_STRINGS_DIR} DESTINATION ${KIOSK_DATA_DESTINATION}/strings
  COMPONENT kiosk FILES_MATCHING PATTERN "*.res")

# The configuration belongs in /etc even when the program is in /usr (GNUInstallDirs
# gives /etc as the full SYSCONFDIR of the /usr prefix; PREFIX/etc for any other).
set(KIOSK_INSTALL_DIR ${CMAKE_SOURCE_DIR}/kiosk/install)
set(KIOSK_CONFIG_DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/access-kiosk)
install(FILES ${KIOSK_INSTALL_DIR}/kiosk.toml DESTINATION ${KIOSK_CONFIG_DESTINATION} COMPONENT service OPTIONAL)
install(FILES ${KIOSK_INSTALL_DIR}/access-kiosk.service DESTINATION lib/systemd/system COMPONENT service OPTIONAL)
install(FILES ${KIOSK_INSTALL_DIR}/access-kiosk.sysusers DESTINATION lib/sysusers.d RENAME access-kiosk.conf COMPONENT service)
