# SPDX-License-Identifier: GPL-3.0-or-later
"""Run every geodata stage in dependency order (called by geodata/build.sh)."""
import admin1
import context
import corridors
import lines_in_time
import countries
import places
import rivers
import water

if __name__ == "__main__":
    countries.build()   # countries.geojson, borders.geojson
    admin1.build()
    water.build()
    context.build()     # after countries and water: cut out where they are
    rivers.build()
    places.build()
    corridors.build()
    lines_in_time.build()
