package vn.congdoan.intranet.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congdoan.intranet.organization.OrgUnit;
import vn.congdoan.intranet.organization.UnitLevel;
import vn.congdoan.intranet.organization.UnitLink;
import vn.congdoan.intranet.restructuring.Decision;
import vn.congdoan.intranet.restructuring.RestructuringRequest;
import vn.congdoan.intranet.restructuring.RestructuringService;
import vn.congdoan.intranet.security.Role;
import vn.congdoan.intranet.security.Viewer;

/**
 * The July 2025 reorganisation as it is applied to the demo province, through the same service and steps an
 * operator would use: commune and ward unions are founded, each district's Education Office union is dissolved (its
 * specialists move to the Department's union, the others leave), the district's schools move under the two new
 * commune unions, two kindergartens merge, and the district federations and the sector union end.
 */
final class Restructuring2025 {

    static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    private static final String DECISION = "215/QĐ-LĐLĐ";
    private static final String COMMUNE_LEVEL = "COMMUNE_UNION";

    private final EntityManager em;
    private final RestructuringService service;

    Restructuring2025(EntityManager em, Clock clock) {
        this.em = em;
        this.service = new RestructuringService(em, clock);
    }

    /** The new commune unions, two per former district, in district order. */
    List<OrgUnit> apply(DemoDataGenerator.Result result) {
        OrgUnit province = result.province();
        Viewer operator = new Viewer(0L, "admin", "Quản trị hệ thống", Role.ADMIN, province.getId(),
                province.getPath(), null);
        Decision decision = new Decision(DAY, DECISION, "Sắp xếp tổ chức công đoàn theo mô hình chính quyền địa"
                + " phương hai cấp");
        OrgUnit departmentUnion = children(result.sector()).stream()
                .filter(u -> u.getName().contains("Sở Giáo dục")).findFirst().orElseThrow();

        List<OrgUnit> communes = new ArrayList<>();
        for (int d = 0; d < result.districts().size(); d++) {
            OrgUnit district = result.districts().get(d);
            String place = district.getName().replace("Liên đoàn Lao động ", "");
            boolean urban = place.startsWith("thành phố") || place.startsWith("thị xã");
            String bare = place.replaceFirst("^(thành phố|thị xã|huyện) ", "");
            String kind = urban ? "phường" : "xã";
            OrgUnit north = commune(String.format("CDX-%02d-1", d + 1), kind, "Bắc " + bare, province);
            OrgUnit south = commune(String.format("CDX-%02d-2", d + 1), kind, "Nam " + bare, province);
            communes.add(north);
            communes.add(south);

            List<OrgUnit> below = children(district);
            OrgUnit office = below.stream().filter(u -> u.getName().contains("Phòng Giáo dục")).findFirst()
                    .orElseThrow();
            Map<String, Long> specialistsMove = new HashMap<>();
            specialistsMove.put("Chuyên viên", departmentUnion.getId());
            specialistsMove.put("Chuyên viên chính", departmentUnion.getId());
            service.apply(operator, new RestructuringRequest.Dissolve(office.getId(), specialistsMove, null, null,
                    decision));

            List<OrgUnit> schools = new ArrayList<>(below);
            schools.remove(office);
            if (schools.size() >= 2 && d == 1) {
                // two small kindergartens of the second district share a campus from this school year
                OrgUnit absorbing = schools.get(0);
                OrgUnit absorbed = schools.get(1);
                service.apply(operator, new RestructuringRequest.Merge(List.of(absorbed.getId()), absorbing.getId(),
                        decision));
                schools.remove(absorbed);
            }
            // odd positions go north: the demo officers' two schools of the first district end up together
            List<Long> toNorth = new ArrayList<>();
            List<Long> toSouth = new ArrayList<>();
            for (int s = 0; s < schools.size(); s++) {
                (s % 2 == 1 ? toNorth : toSouth).add(schools.get(s).getId());
            }
            moveAll(operator, toNorth, north, decision);
            moveAll(operator, toSouth, south, decision);
            service.apply(operator, new RestructuringRequest.Dissolve(district.getId(), Map.of(), null,
                    north.getId(), decision));
        }
        service.apply(operator, new RestructuringRequest.Dissolve(result.sector().getId(), Map.of(),
                province.getId(), province.getId(), decision));
        return communes;
    }

    private void moveAll(Viewer operator, List<Long> unitIds, OrgUnit parent, Decision decision) {
        if (!unitIds.isEmpty()) {
            service.apply(operator, new RestructuringRequest.Move(unitIds, parent.getId(), decision));
        }
    }

    private OrgUnit commune(String code, String kind, String place, OrgUnit province) {
        OrgUnit unit = new OrgUnit(code, "Công đoàn " + kind + " " + place, "CĐ " + kind + " " + place,
                em.find(UnitLevel.class, COMMUNE_LEVEL), DAY);
        em.persist(unit);
        unit.placeUnder(province);
        em.persist(new UnitLink(unit, province, DAY, null));
        return unit;
    }

    /** Active units directly below, in the order they were generated. */
    private List<OrgUnit> children(OrgUnit parent) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent = :parent AND u.active = TRUE ORDER BY u.id",
                OrgUnit.class).setParameter("parent", parent).getResultList();
    }
}
