// Record rendering: instruction / chat / text / preference, each laid out as people read it.
#include "ui/datanets/RecordDetailView.h"

#include "datanet/RecordContent.h"
#include "ui/common/Retranslate.h"
#include "ui/datanets/RecordTableModel.h"

#include <QJsonArray>
#include <QLocale>

namespace fw::ui {

namespace {
QString block(const QString& heading, const QString& text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b></p><p style=\"white-space: pre-wrap;\">%2</p>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString contentHtml(const QJsonObject& o, datanet::RecordKind kind)
{
    switch (kind) {
    case datanet::RecordKind::Instruction:
        return block(RecordDetailView::tr("Instruction"), str(o, "instruction")) +
               block(RecordDetailView::tr("Input"), str(o, "input")) +
               block(RecordDetailView::tr("Response"), str(o, "output"));
    case datanet::RecordKind::Chat: {
        QString html;
        for (const QJsonValue& m : o.value(QLatin1String("messages")).toArray()) {
            const QString role = m.toObject().value(QLatin1String("role")).toString();
            const QString heading = role == QLatin1String("system")   ? RecordDetailView::tr("System")
                                    : role == QLatin1String("user") ? RecordDetailView::tr("User")
                                                                    : RecordDetailView::tr("Assistant");
            html += block(heading, m.toObject().value(QLatin1String("content")).toString());
        }
        return html;
    }
    case datanet::RecordKind::Text:
        return block(RecordDetailView::tr("Text"), str(o, "text"));
    case datanet::RecordKind::Preference:
        return block(RecordDetailView::tr("Prompt"), str(o, "prompt")) +
               block(RecordDetailView::tr("Chosen answer"), str(o, "chosen")) +
               block(RecordDetailView::tr("Rejected answer"), str(o, "rejected"));
    }
    return {};
}
} // namespace

RecordDetailView::RecordDetailView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    retranslated(this, [this] { setAccessibleName(tr("Record details")); });
}

QString RecordDetailView::recordHtml(const datanet::RecordInfo& record, datanet::RecordKind kind)
{
    Result<datanet::RecordContent> content = datanet::RecordContent::fromCanonical(kind, record.content);
    QString html = content ? contentHtml(content->json(), kind)
                           : block(tr("Content (unreadable)"), QString::fromUtf8(record.content));
    QString status = RecordTableModel::statusText(record.status);
    if (record.status == datanet::RecordStatus::Rejected && !record.rejectReason.isEmpty())
        status = tr("%1: %2").arg(status, record.rejectReason);
    if (record.nearDuplicate)
        status += tr(" · near duplicate of an earlier record");
    html += QStringLiteral("<hr><p style=\"color: gray;\">%1<br>%2<br>%3<br>%4</p>")
                .arg(tr("Status: %1").arg(status).toHtmlEscaped(),
                     tr("Contributor: %1").arg(record.contributor).toHtmlEscaped(),
                     tr("Hash: %1").arg(QString::fromLatin1(record.contentHash.toHex())).toHtmlEscaped(),
                     tr("About %1 tokens · added %2")
                         .arg(QLocale().toString(record.tokens),
                              QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat))
                         .toHtmlEscaped());
    return html;
}

void RecordDetailView::showRecord(const datanet::RecordInfo* record, datanet::RecordKind kind)
{
    if (!record)
        return setHtml(QStringLiteral("<p style=\"color: gray;\">%1</p>")
                           .arg(tr("Select a record to see it here.").toHtmlEscaped()));
    setHtml(recordHtml(*record, kind));
}

} // namespace fw::ui
