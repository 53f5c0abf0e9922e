package org.hetao.registry.inbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.hetao.registry.institution.Jurisdiction;

/**
 * The plain text of an inbox item's e-mail: English and the Chinese script of the office's place
 * (Traditional for Hong Kong and Macao, Simplified otherwise). It names the record and the asset by
 * number only — no title or other content of the record leaves the registry by e-mail — and asks the
 * reader to open the Inbox page of the registry.
 */
public final class InboxMailText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<InboxKind, String[]> TEXTS = Map.ofEntries(
            Map.entry(InboxKind.APPROVAL_REQUESTED, new String[] {
                "Ownership proposal %s of IP asset %s awaits your office's approval",
                "知識產權 %2$s 的擁有權變更提案 %1$s 待貴辦公室批准",
                "知识产权 %2$s 的权属变更提案 %1$s 待贵办公室审批"
            }),
            Map.entry(InboxKind.PROPOSAL_APPROVED, new String[] {
                "Ownership proposal %s of IP asset %s was approved by one office",
                "知識產權 %2$s 的擁有權變更提案 %1$s 已獲一個辦公室批准",
                "知识产权 %2$s 的权属变更提案 %1$s 已获一个办公室批准"
            }),
            Map.entry(InboxKind.PROPOSAL_REJECTED, new String[] {
                "Ownership proposal %s of IP asset %s was rejected",
                "知識產權 %2$s 的擁有權變更提案 %1$s 已被拒絕",
                "知识产权 %2$s 的权属变更提案 %1$s 已被拒绝"
            }),
            Map.entry(InboxKind.PROPOSAL_WITHDRAWN, new String[] {
                "Ownership proposal %s of IP asset %s was withdrawn",
                "知識產權 %2$s 的擁有權變更提案 %1$s 已撤回",
                "知识产权 %2$s 的权属变更提案 %1$s 已撤回"
            }),
            Map.entry(InboxKind.PROPOSAL_EXPIRED, new String[] {
                "Ownership proposal %s of IP asset %s expired without every approval",
                "知識產權 %2$s 的擁有權變更提案 %1$s 未獲全部批准，已過期",
                "知识产权 %2$s 的权属变更提案 %1$s 未获全部批准，已过期"
            }),
            Map.entry(InboxKind.PROPOSAL_TOOK_EFFECT, new String[] {
                "Ownership proposal %s of IP asset %s was approved by every office and took effect",
                "知識產權 %2$s 的擁有權變更提案 %1$s 已獲所有辦公室批准並生效",
                "知识产权 %2$s 的权属变更提案 %1$s 已获所有办公室批准并生效"
            }),
            Map.entry(InboxKind.PROPOSAL_EXPIRING, new String[] {
                "Ownership proposal %s of IP asset %s expires soon and still awaits your office's approval",
                "知識產權 %2$s 的擁有權變更提案 %1$s 即將過期，仍待貴辦公室批准",
                "知识产权 %2$s 的权属变更提案 %1$s 即将过期，仍待贵办公室审批"
            }),
            Map.entry(InboxKind.AGREEMENT_ISSUED, new String[] {
                "Agreement %s about IP asset %s was issued", "有關知識產權 %2$s 的協議 %1$s 已發出", "关于知识产权 %2$s 的协议 %1$s 已签发"
            }),
            Map.entry(InboxKind.AGREEMENT_OUT_OF_DATE, new String[] {
                "Agreement %s about IP asset %s is out of date: the ownership changed",
                "有關知識產權 %2$s 的協議 %1$s 已過時：擁有權已變更",
                "关于知识产权 %2$s 的协议 %1$s 已过时：权属已变更"
            }),
            Map.entry(InboxKind.ENQUIRY_RECEIVED, new String[] {
                "Enquiry %s about IP asset %s was received from an investor",
                "已收到投資者有關知識產權 %2$s 的查詢 %1$s",
                "已收到投资者关于知识产权 %2$s 的询价 %1$s"
            }),
            Map.entry(InboxKind.ENQUIRY_MESSAGE, new String[] {
                "Enquiry %s about IP asset %s has a new message",
                "有關知識產權 %2$s 的查詢 %1$s 有新訊息",
                "关于知识产权 %2$s 的询价 %1$s 有新消息"
            }),
            Map.entry(InboxKind.ENQUIRY_NOTE, new String[] {
                "Enquiry %s about IP asset %s has a new internal note of a co-owner's office",
                "有關知識產權 %2$s 的查詢 %1$s 有共同擁有人辦公室的新內部備註",
                "关于知识产权 %2$s 的询价 %1$s 有共同权利人办公室的新内部备注"
            }),
            Map.entry(InboxKind.ENQUIRY_STATUS, new String[] {
                "Enquiry %s about IP asset %s changed status",
                "有關知識產權 %2$s 的查詢 %1$s 狀態已變更",
                "关于知识产权 %2$s 的询价 %1$s 状态已变更"
            }),
            Map.entry(InboxKind.DEADLINE_DUE, new String[] {
                "A patent deadline of IP asset %2$s comes up", "知識產權 %2$s 有專利期限將至", "知识产权 %2$s 有专利期限将至"
            }),
            Map.entry(InboxKind.RECORDAL_WARNING, new String[] {
                "Recordal %s of IP asset %s needs attention", "知識產權 %2$s 的登記備案 %1$s 需要處理", "知识产权 %2$s 的登记备案 %1$s 需要处理"
            }),
            Map.entry(InboxKind.WHITE_LIST_EXPIRING, new String[] {
                "Project %s: the cross-boundary white-list registration of %s ends soon",
                "項目 %s：%s 的跨境白名單登記即將屆滿",
                "项目 %s：%s 的跨境白名单登记即将届满"
            }));

    private InboxMailText() {}

    /** The e-mail of one item to one address, for an office in {@code place}. */
    public static MailMessage of(InboxItem item, Jurisdiction place, String to) {
        boolean traditional = place == Jurisdiction.HK || place == Jurisdiction.MACAO;
        String[] t = TEXTS.get(item.getKind());
        String subject = item.getSubjectKind().equals("agreement") && item.getNote() != null
                ? item.getNote()
                : "#" + item.getSubjectId();
        String asset = item.getKind() == InboxKind.WHITE_LIST_EXPIRING
                ? String.valueOf(item.getNote())
                : "#" + item.getIpAssetId();
        String en = t[0].formatted(subject, asset);
        String zh = (traditional ? t[1] : t[2]).formatted(subject, asset);
        String when = item.getCreatedAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN) + " UTC";
        StringBuilder body = new StringBuilder()
                .append(en)
                .append(".\n")
                .append(zh)
                .append("。\n\n")
                .append("By / 經辦 / 经办: ")
                .append(item.getActor())
                .append('\n')
                .append("When / 時間 / 时间: ")
                .append(when)
                .append('\n');
        if (item.getKind() == InboxKind.PROPOSAL_REJECTED && item.getNote() != null) {
            body.append("Reason / 理由: ").append(item.getNote()).append('\n');
        }
        if (item.getKind() == InboxKind.ENQUIRY_STATUS && item.getNote() != null) {
            body.append("Status / 狀態 / 状态: ").append(item.getNote()).append('\n');
        }
        if (item.getKind() == InboxKind.DEADLINE_DUE && item.getNote() != null) {
            body.append("Deadline / 期限: ").append(item.getNote()).append('\n');
        }
        if (item.getKind() == InboxKind.RECORDAL_WARNING && item.getNote() != null) {
            body.append("Why / 原因: ").append(item.getNote()).append('\n');
        }
        if (item.getKind() == InboxKind.PROPOSAL_EXPIRING && item.getNote() != null) {
            body.append("Expires / 到期: ").append(item.getNote()).append('\n');
        }
        body.append('\n')
                .append("Sign in to the Hetao Registry and open the Inbox to read and act on it.\n")
                .append(traditional ? "請登入河套登記冊，在「收件匣」查看及處理。\n" : "请登录河套登记册，在“收件箱”查看和处理。\n");
        return new MailMessage(to, "[Hetao Registry] " + en, body.toString());
    }
}
