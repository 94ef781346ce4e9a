-- Reference data: the levels a union unit can have, before and after the 2025 restructuring.
INSERT INTO unit_level (code, name_vi, name_en, sort_order, grassroots) VALUES
 ('PROVINCE_FEDERATION', 'Liên đoàn Lao động tỉnh', 'Provincial labour federation', 10, FALSE),
 ('SECTOR_UNION', 'Công đoàn ngành', 'Sector union', 20, FALSE),
 ('DISTRICT_FEDERATION', 'Liên đoàn Lao động huyện', 'District labour federation', 30, FALSE),
 ('COMMUNE_UNION', 'Công đoàn xã, phường', 'Commune / ward union', 40, FALSE),
 ('GRASSROOTS_UNION', 'Công đoàn cơ sở', 'Grassroots union', 50, TRUE),
 ('UNION_CELL', 'Tổ công đoàn', 'Union cell', 60, TRUE);
