# Where the programs find their data: DATADIR/access-kiosk, seen from the folder of the
# program (BINDIR). The build tree has the same layout as an installation: the programs
# in build/bin, the data in build/share/access-kiosk as links into the source tree, and
# the UI string bundles compiled there. So the program built and the program installed
# find their data the same way, and no path of this machine is compiled in.
include(GNUInstallDirs)

set(KIOSK_DATA_NAME access-kiosk)
set(KIOSK_DATA_DESTINATION ${CMAKE_INSTALL_DATADIR}/${KIOSK_DATA_NAME})
file(RELATIVE_PATH KIOSK_DATA_FROM_PROGRAM
  ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_DATADIR}/${KIOSK_DATA_NAME})

set(KIOSK_BUILD_DATA_DIR ${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/${KIOSK_DATA_NAME})
set(KIOSK_STRINGS_DIR ${KIOSK_BUILD_DATA_DIR}/strings/)  # genrb writes the bundles here

# The built programs must find the data as the installed ones do.
file(RELATIVE_PATH build_data_from_program ${CMAKE_RUNTIME_OUTPUT_DIRECTORY} ${KIOSK_BUILD_DATA_DIR})
if(NOT build_data_from_program STREQUAL KIOSK_DATA_FROM_PROGRAM)
  message(FATAL_ERROR "The build tree's data (${build_data_from_program}) must lie where an "
                      "installation's does (${KIOSK_DATA_FROM_PROGRAM}) seen from the programs")
endif()

# The shipped data, linked from the source tree: the default pack, the fonts, the earcons,
# the base pronunciation lexicons and the content console's pages. Edits in the source tree
# are seen at once.
set(KIOSK_DATA_LINKS
  content/changyi packs/changyi
  fonts/fonts.toml fonts/fonts.toml
  audio/earcons.toml audio/earcons.toml
  audio/lexicon audio/lexicon
  kiosk/pack_tool/console/web console)
while(KIOSK_DATA_LINKS)
  list(POP_FRONT KIOSK_DATA_LINKS source target)
  get_filename_component(folder ${KIOSK_BUILD_DATA_DIR}/${target} DIRECTORY)
  file(MAKE_DIRECTORY ${folder})
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/${source} ${KIOSK_BUILD_DATA_DIR}/${target} SYMBOLIC)
endwhile()
