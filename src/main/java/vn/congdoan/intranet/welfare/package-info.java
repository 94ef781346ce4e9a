/**
 * Member welfare (chăm lo đời sống đoàn viên): cases opened by a grassroots union for its members, routed by amount
 * to the unit whose limit covers them, approved or rejected there and paid from the union's fund, each step kept;
 * their privacy rules ({@link vn.congdoan.intranet.welfare.WelfareRules}) and the lists of cases. Around them:
 * supporting documents ({@code document}), the yearly fund whose balance is always summed from its lines
 * ({@code fund}), members' concerns and their own page ({@code concern}), the approval limits ({@code limit}) and the
 * leaders' yearly summary and export ({@code summary}).
 */
package vn.congdoan.intranet.welfare;
