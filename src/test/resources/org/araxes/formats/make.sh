#!/bin/sh
# The fixtures of the GeoPackage, FlatGeobuf and Shapefile readers' tests (decision 0023), made
# with GDAL's ogr2ogr (3.6) from the bundled geodata. Run here: sh make.sh
set -e
G=../../../../../../geodata
rm -rf *.gpkg *.fgb shp tiles.tif places-utm38n-by-gdal.geojson places-utm38n.geojson
mkdir shp
# 31 places with their Russian (Cyrillic) and Azerbaijani (Latin: ə, ğ, ş...) names
SQL="select id, name, json_extract(names, '\$.ru') as name_ru, json_extract(names, '\$.az') as name_az, place_kind, geometry from places"

# GeoPackage: two feature tables; one in UTM zone 38N; empty and null geometries; tiles only; ACLED-like rows
ogr2ogr -f GPKG places.gpkg $G/places.geojson -dialect SQLite -sql "$SQL" -nln places
ogr2ogr -f GPKG -update places.gpkg $G/context-places.geojson -nln context_places
ogr2ogr -f GPKG places-utm38n.gpkg $G/places.geojson -dialect SQLite -sql "$SQL" -nln places -t_srs EPSG:32638
ogr2ogr -f GPKG empty-geometry.gpkg empty-geometry.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:4326 -nln shapes -nlt GEOMETRY
gdal_create -of GTiff -outsize 16 16 -bands 3 -burn 200 -a_srs EPSG:3857 -a_ullr 5000000 4800000 5100000 4700000 tiles.tif
gdal_translate -q -of GPKG tiles.tif tiles.gpkg
rm tiles.tif
# the bundled incidents, their nested members (date, location, sources, actors) in JSON columns
ogr2ogr -f GPKG incidents.gpkg $G/incidents.geojson -oo ARRAY_AS_STRING=YES
ogr2ogr -f GPKG acled.gpkg acled.csv -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -oo KEEP_GEOM_COLUMNS=YES -a_srs EPSG:4326 -nln acled
# GDAL's own reprojection of the UTM places back to longitude/latitude, to compare with ours
ogr2ogr -f GeoJSON -lco COORDINATE_PRECISION=9 places-utm38n-by-gdal.geojson places-utm38n.gpkg -t_srs EPSG:4326
# the GeoJSON with a projected "crs" member (urn:ogc:def:crs:EPSG::32638)
ogr2ogr -f GeoJSON places-utm38n.geojson places-utm38n.gpkg

# FlatGeobuf: with and without its index; in UTM zone 38N (a truncated one is cut in the test)
ogr2ogr -f FlatGeobuf places.fgb $G/places.geojson -dialect SQLite -sql "$SQL" -nln places
ogr2ogr -f FlatGeobuf places-no-index.fgb $G/places.geojson -dialect SQLite -sql "$SQL" -nln places -lco SPATIAL_INDEX=NO
ogr2ogr -f FlatGeobuf places-utm38n.fgb places-utm38n.gpkg

# Shapefile: UTF-8 names (.cpg "UTF-8"); Cyrillic names in cp1251 (.cpg "1251", LDID 201);
# UTM zone 38N (.prj); Z and M; null shapes; a multipatch
ogr2ogr -f "ESRI Shapefile" shp/places-utf8.shp $G/places.geojson -dialect SQLite -sql "$SQL" -lco ENCODING=UTF-8
ogr2ogr -f "ESRI Shapefile" shp/places-cp1251.shp $G/places.geojson -dialect SQLite \
  -sql "select id, name, json_extract(names, '\$.ru') as name_ru, geometry from places" -lco ENCODING=CP1251
# the same Cyrillic names told by the .dbf's language driver byte alone (LDID 201 = cp1251, no .cpg)
ogr2ogr -f "ESRI Shapefile" shp/places-ldid.shp $G/places.geojson -dialect SQLite \
  -sql "select id, json_extract(names, '\$.ru') as name_ru, geometry from places" -lco ENCODING=LDID/201
ogr2ogr -f "ESRI Shapefile" shp/places-utm38n.shp places-utm38n.gpkg -lco ENCODING=UTF-8
ogr2ogr -f "ESRI Shapefile" shp/places-xyzm.shp $G/places.geojson -dialect SQLite \
  -sql "select id, MakePointZM(ST_X(geometry), ST_Y(geometry), 1000.5, 7) as geometry from places limit 3" -nlt POINTZM
ogr2ogr -f "ESRI Shapefile" shp/lines-z.shp empty-geometry.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO \
  -where "name = 'a line'" -dim XYZ -nlt LINESTRING25D
ogr2ogr -f "ESRI Shapefile" shp/lines-m.shp empty-geometry.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO \
  -where "name = 'a line'" -nlt LINESTRINGM
ogr2ogr -f "ESRI Shapefile" shp/null-shapes.shp empty-geometry.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO \
  -where "name <> 'a line'" -nlt POINT -a_srs EPSG:4326
echo 'wkt,name
"POLYHEDRALSURFACE Z (((45 39 0,46 39 0,46 40 0,45 39 0)))",a surface' > /tmp/multipatch.csv
ogr2ogr -f "ESRI Shapefile" shp/multipatch.shp /tmp/multipatch.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -lco SHPT=MULTIPATCH
# a polygon with a hole and a multipolygon (rings' orientation: shells clockwise, holes counter-clockwise)
echo 'wkt,name
"POLYGON ((45 39, 47 39, 47 41, 45 41, 45 39), (45.5 39.5, 45.5 40, 46 40, 46 39.5, 45.5 39.5))",holed
"MULTIPOLYGON (((45 39, 46 39, 46 40, 45 39)), ((47 39, 48 39, 48 40, 47 39)))",two' > /tmp/polygons.csv
ogr2ogr -f "ESRI Shapefile" shp/polygons.shp /tmp/polygons.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -nlt MULTIPOLYGON -a_srs EPSG:4326
