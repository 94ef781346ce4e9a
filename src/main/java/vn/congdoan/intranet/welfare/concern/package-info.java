/** Members' concerns and requests (tâm tư, nguyện vọng, kiến nghị), their answers, and a member's own welfare page. */
package vn.congdoan.intranet.welfare.concern;
