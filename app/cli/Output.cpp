// Writing results and errors.
#include "Output.h"

namespace fw::cli {

namespace {
void write(std::FILE* file, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), file);
    std::fflush(file);
}
} // namespace

void Output::line(const QString& text) const
{
    write(m_out, text + QLatin1Char('\n'));
}

void Output::json(const QJsonDocument& doc) const
{
    write(m_out, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Output::error(const QString& reason) const
{
    // Scripts grep stderr line by line: a reason with line breaks must not become several errors.
    QString oneLine = reason.simplified();
    write(m_err, QStringLiteral("flywheel-cli: error: %1\n").arg(oneLine));
}

void Output::note(const QString& text) const
{
    write(m_err, text);
}

} // namespace fw::cli
