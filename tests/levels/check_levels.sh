#!/bin/bash
# The level map of kiosk/ as a rule: every #include "..." of a file under kiosk/ must name a
# level that the file's own level may use, and the pure levels include no SDL header.
# Prints each broken rule as file:line and exits 1 if there is one.
#
#   core      uses core
#   screens   uses screens, core
#   flow      uses flow, screens, core
#   platform  uses platform, core
#   usage     uses usage, flow, core
#   app       uses app, usage, flow, screens, platform, core
#   pack_tool uses pack_tool, flow, screens, platform, core
#   stats_tool uses stats_tool, usage, flow, platform, core
#
# app, pack_tool and stats_tool are programs: none may include another's files.
set -euo pipefail

kiosk_dir=${1:?usage: check_levels.sh KIOSK_SOURCE_DIR}
cd "$kiosk_dir/.."

grep -rnE --include='*.h' --include='*.cpp' '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' kiosk/ |
awk '
BEGIN {
    uses["core"] = "core"
    uses["screens"] = "screens core"
    uses["flow"] = "flow screens core"
    uses["platform"] = "platform core"
    uses["usage"] = "usage flow core"
    uses["app"] = "app usage flow screens platform core"
    uses["stats_tool"] = "stats_tool usage flow platform core"
    uses["pack_tool"] = "pack_tool flow screens platform core"
    pure["core"] = pure["screens"] = pure["flow"] = 1
    broken = 0
}
{
    # grep -n prints file:line:text; the text may hold colons, the path and number do not.
    file = $0; sub(/:.*/, "", file)
    rest = substr($0, length(file) + 2)
    line = rest; sub(/:.*/, "", line)
    text = substr(rest, length(line) + 2)
    split(file, parts, "/")
    level = parts[2]
    if (!(level in uses)) {
        printf "%s:%s: the folder kiosk/%s is in no level; add it to tests/levels/check_levels.sh and ARCHITECTURE.md\n", file, line, level
        broken = 1
        next
    }
    if (match(text, /<[^>]*>/)) {
        header = substr(text, RSTART + 1, RLENGTH - 2)
        if ((level in pure) && header ~ /^(SDL2\/)?SDL(_[A-Za-z0-9]+)?\.h$/) {
            printf "%s:%s: %s is a pure level and may not include <%s>\n", file, line, level, header
            broken = 1
        }
        next
    }
    if (!match(text, /"[^"]*"/)) next
    included = substr(text, RSTART + 1, RLENGTH - 2)
    if (included ~ /(^|\/)\.\.\//) {
        printf "%s:%s: \"%s\" climbs out of its folder; name the level (\"core/...\")\n", file, line, included
        broken = 1
        next
    }
    target = included; sub(/\/.*/, "", target)
    if (!(target in uses)) next  # beside the file itself ("kiosk.h"): its own level
    allowed = " " uses[level] " "
    if (index(allowed, " " target " ") == 0) {
        named = uses[level]; gsub(/ /, ", ", named)
        printf "%s:%s: %s may use only %s, not %s (\"%s\")\n", file, line, level, named, target, included
        broken = 1
    }
}
END { exit broken }
'
