package vn.congdoan.intranet.bench.dataset;

import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.RESTRUCTURING_DAY;
import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.TREE_START;
import static vn.congdoan.intranet.bench.dataset.DatasetGenerator.ZONE;
import static vn.congdoan.intranet.bench.dataset.GenerationContext.gender;
import static vn.congdoan.intranet.bench.dataset.Unit.KINDERGARTEN;
import static vn.congdoan.intranet.bench.dataset.Unit.LOWER_SECONDARY;
import static vn.congdoan.intranet.bench.dataset.Unit.OFFICE;
import static vn.congdoan.intranet.bench.dataset.Unit.PRIMARY;
import static vn.congdoan.intranet.bench.dataset.Unit.UPPER_SECONDARY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.congdoan.intranet.demo.VietnameseNames;

/**
 * The union tree of a province: the federation, the sector union, the district federations and the commune unions
 * that replaced them, the grassroots unions of the schools, and the restructuring of 01/07/2025 that moved the
 * schools, recorded as the restructuring service records it, with the unit links that keep both trees queryable.
 */
final class TreeGenerator {

    private static final String DECISION = "215/QĐ-LĐLĐ";

    private final GenerationContext ctx;
    private final RowWriter out;

    TreeGenerator(GenerationContext ctx) {
        this.ctx = ctx;
        this.out = ctx.out;
    }

    void declareTables() {
        out.table("org_unit", "id", "version", "code", "name", "short_name", "search_name", "level_code", "parent_id",
                "path", "depth", "valid_from", "valid_to", "active", "successor_id");
        out.table("restructuring", "id", "version", "kind", "effective_on", "decision_ref", "note", "summary",
                "performed_by", "performed_at");
        out.table("restructuring_unit", "restructuring_id", "unit_id", "unit_role");
        out.table("unit_link", "id", "version", "unit_id", "parent_id", "valid_from", "valid_to", "restructuring_id");
    }

    void generate(Province p) {
        Random r = p.random;
        String provinceName = "tỉnh " + p.place;
        p.root = unit(String.format("LDLD-P%02d", p.index), "Liên đoàn Lao động " + provinceName,
                "LĐLĐ " + provinceName, "PROVINCE_FEDERATION", null);
        p.root.officer = String.format("lanhdao.p%02d", p.index);
        p.root.officerName = VietnameseNames.fullName(r, gender(r, 0.4));
        p.sector = unit(String.format("CDN-P%02d", p.index), "Công đoàn ngành Giáo dục và Đào tạo " + provinceName,
                "Công đoàn ngành GD&ĐT", "SECTOR_UNION", p.root);
        p.sector.to = RESTRUCTURING_DAY;
        p.sector.successor = p.root;
        officer(p.sector, String.format("cdn.p%02d", p.index), r);
        // the commune unions are numbered before the district federations they replace, so that a district's
        // successor is already written when the district refers to it
        int districts = ctx.scale.districtsPerProvince;
        int perDistrict = ctx.scale.communesPerDistrict;
        List<List<Unit>> communesOf = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            List<Unit> list = new ArrayList<>();
            boolean urban = d == 0;
            for (int c = 0; c < perDistrict; c++) {
                String commune = (urban ? "phường " : "xã ") + DatasetTexts.place(p.index * 211 + d * 13 + c * 3 + 1);
                Unit u = unit(String.format("CDX-P%02d-%04d", p.index, d * perDistrict + c + 1),
                        "Công đoàn " + commune, "CĐ " + commune, "COMMUNE_UNION", p.root);
                u.from = RESTRUCTURING_DAY;
                u.officer = String.format("canbo.d%05d", ctx.nextCommuneNumber());
                u.officerName = VietnameseNames.fullName(r, gender(r, 0.6));
                list.add(u);
                p.communes.add(u);
            }
            communesOf.add(list);
        }
        List<String> districtPlaces = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String place = (d == 0 ? "thành phố " : "huyện ") + DatasetTexts.place(p.index * 97 + d * 11 + 2);
            districtPlaces.add(place);
            Unit u = unit(String.format("LDLD-P%02d-H%02d", p.index, d + 1), "Liên đoàn Lao động " + place,
                    "LĐLĐ " + place, "DISTRICT_FEDERATION", p.root);
            u.to = RESTRUCTURING_DAY;
            u.successor = communesOf.get(d).get(0);
            officer(u, String.format("ldld.p%02d.h%02d", p.index, d + 1), r);
            p.districts.add(u);
        }
        // schools: most under the district federations, the Department's office union and the upper-secondary
        // schools under the sector union; after the restructuring the first move to the commune unions of their
        // district, the others up to the province. District schools come first, so canbo.c00001 is a typical school.
        int total = ctx.scale.schoolsPerProvince;
        int upper = Math.max(2, total * 7 / 100);
        int perSchoolDistrict = (total - upper - 1) / districts;
        for (int d = 0; d < districts; d++) {
            int count = d == districts - 1 ? total - upper - 1 - perSchoolDistrict * (districts - 1)
                    : perSchoolDistrict;
            List<Unit> communes = communesOf.get(d);
            String place = districtPlaces.get(d);
            for (int s = 0; s < count; s++) {
                int kind = s % 10 < 3 ? KINDERGARTEN : s % 10 < 7 ? PRIMARY : LOWER_SECONDARY;
                String[] names = kind == KINDERGARTEN ? DatasetTexts.KINDERGARTENS
                        : kind == PRIMARY ? DatasetTexts.PRIMARY : DatasetTexts.LOWER_SECONDARY;
                String prefix = kind == KINDERGARTEN ? "Trường Mầm non " : kind == PRIMARY ? "Trường Tiểu học "
                        : "Trường THCS ";
                String name = prefix + names[s % names.length] + suffix(s, names.length);
                Unit commune = communes.get((int) ((long) s * communes.size() / count));
                p.schools.add(school(p, "Công đoàn " + name + ", " + place, "CĐ " + name.replace("Trường ", ""),
                        kind, p.districts.get(d), commune));
            }
        }
        Unit office = school(p, "Công đoàn cơ quan Sở Giáo dục và Đào tạo " + provinceName, "CĐ cơ quan Sở GD&ĐT",
                OFFICE, p.sector, p.root);
        p.schools.add(office);
        for (int i = 0; i < upper; i++) {
            String name = "Trường THPT " + DatasetTexts.UPPER_SECONDARY[i % DatasetTexts.UPPER_SECONDARY.length]
                    + suffix(i, DatasetTexts.UPPER_SECONDARY.length);
            p.schools.add(school(p, "Công đoàn " + name, "CĐ " + name.replace("Trường ", ""), UPPER_SECONDARY,
                    p.sector, p.root));
        }
        writeUnits(p);
        restructuring(p, communesOf);
    }

    private Unit unit(String code, String name, String shortName, String level, Unit parent) {
        Unit u = new Unit();
        u.id = ctx.nextId();
        u.code = code;
        u.name = name;
        u.shortName = shortName;
        u.level = level;
        u.parent = parent;
        u.path = (parent == null ? "/" : parent.path) + u.id + "/";
        u.depth = parent == null ? 0 : parent.depth + 1;
        return u;
    }

    private Unit school(Province p, String name, String shortName, int kind, Unit oldParent, Unit newParent) {
        Unit u = unit(String.format("CDCS-P%02d-%05d", p.index, p.schools.size() + 1), name, shortName,
                "GRASSROOTS_UNION", newParent);
        u.kind = kind;
        u.oldParent = oldParent;
        u.oldPath = oldParent.path + u.id + "/";
        u.officer = String.format("canbo.c%05d", ctx.nextSchoolNumber());
        u.officerName = VietnameseNames.fullName(p.random, gender(p.random, 0.7));
        return u;
    }

    private void officer(Unit u, String username, Random r) {
        u.officer = username;
        u.officerName = VietnameseNames.fullName(r, gender(r, 0.5));
    }

    private void writeUnits(Province p) {
        List<Unit> all = new ArrayList<>();
        all.add(p.root);
        all.add(p.sector);
        all.addAll(p.communes);
        all.addAll(p.districts);
        all.addAll(p.schools);
        for (Unit u : all) {
            out.add("org_unit", u.id, 0L, u.code, u.name, u.shortName,
                    ctx.fold(u.name + " " + (u.shortName == null ? "" : u.shortName) + " " + u.code), u.level,
                    u.parent == null ? null : u.parent.id, u.path, u.depth, u.from, u.to, !u.ended(),
                    u.successor == null ? null : u.successor.id);
        }
    }

    /**
     * The restructuring of 01/07/2025 as the restructuring service records it: per district one MOVE of its schools
     * to the commune unions and one DISSOLVE of the district federation (its officers go to the first commune
     * union), and the DISSOLVE of the sector union whose schools move up to the province.
     */
    private void restructuring(Province p, List<List<Unit>> communesOf) {
        Instant performed = RESTRUCTURING_DAY.atTime(8, 0).atZone(ZONE).toInstant();
        String note = "Sắp xếp tổ chức công đoàn theo mô hình chính quyền địa phương hai cấp";
        Map<Unit, Long> moveRecord = new HashMap<>();
        for (int d = 0; d < p.districts.size(); d++) {
            Unit district = p.districts.get(d);
            List<Unit> communes = communesOf.get(d);
            List<Unit> schools = p.schools.stream().filter(s -> s.oldParent == district).toList();
            long move = ctx.nextId();
            StringBuilder summary = new StringBuilder();
            for (Unit c : communes) {
                long n = schools.stream().filter(s -> s.parent == c).count();
                summary.append(summary.length() == 0 ? "" : "\n").append("- ").append(n)
                        .append(" công đoàn cơ sở chuyển từ ").append(district.shortName).append(" về ")
                        .append(c.name);
            }
            out.add("restructuring", move, 0L, "MOVE", RESTRUCTURING_DAY, DECISION, note, summary.toString(),
                    "admin", performed);
            for (Unit c : communes) {
                out.add("restructuring_unit", move, c.id, "TARGET");
            }
            for (Unit s : schools) {
                out.add("restructuring_unit", move, s.id, "MOVED");
                moveRecord.put(s, move);
            }
            long dissolve = ctx.nextId();
            out.add("restructuring", dissolve, 0L, "DISSOLVE", RESTRUCTURING_DAY, DECISION, note,
                    "- Tài khoản của " + district.shortName + " chuyển về " + district.successor.name
                            + "\n- " + district.name + " kết thúc hoạt động từ ngày 01/07/2025", "admin", performed);
            out.add("restructuring_unit", dissolve, district.id, "SOURCE");
            out.add("restructuring_unit", dissolve, district.successor.id, "TARGET");
        }
        List<Unit> sectorSchools = p.schools.stream().filter(s -> s.oldParent == p.sector).toList();
        long sectorRecord = ctx.nextId();
        out.add("restructuring", sectorRecord, 0L, "DISSOLVE", RESTRUCTURING_DAY, DECISION, note,
                "- " + sectorSchools.size() + " đơn vị trực thuộc chuyển từ " + p.sector.name + " về " + p.root.name
                        + "\n- Tài khoản của " + p.sector.shortName + " chuyển về " + p.root.shortName
                        + "\n- " + p.sector.name + " kết thúc hoạt động từ ngày 01/07/2025", "admin", performed);
        out.add("restructuring_unit", sectorRecord, p.sector.id, "SOURCE");
        out.add("restructuring_unit", sectorRecord, p.root.id, "TARGET");
        for (Unit s : sectorSchools) {
            out.add("restructuring_unit", sectorRecord, s.id, "MOVED");
            moveRecord.put(s, sectorRecord);
        }
        // unit links: who was whose superior, and when
        out.add("unit_link", ctx.nextId(), 0L, p.root.id, null, TREE_START, null, null);
        out.add("unit_link", ctx.nextId(), 0L, p.sector.id, p.root.id, TREE_START, RESTRUCTURING_DAY, null);
        for (Unit c : p.communes) {
            out.add("unit_link", ctx.nextId(), 0L, c.id, p.root.id, RESTRUCTURING_DAY, null, null);
        }
        for (Unit d : p.districts) {
            out.add("unit_link", ctx.nextId(), 0L, d.id, p.root.id, TREE_START, RESTRUCTURING_DAY, null);
        }
        for (Unit s : p.schools) {
            out.add("unit_link", ctx.nextId(), 0L, s.id, s.oldParent.id, TREE_START, RESTRUCTURING_DAY, null);
            out.add("unit_link", ctx.nextId(), 0L, s.id, s.parent.id, RESTRUCTURING_DAY, null, moveRecord.get(s));
        }
    }

    private static String suffix(int index, int length) {
        int round = index / length;
        return round == 0 ? "" : " số " + (round + 1);
    }
}
