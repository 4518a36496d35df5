// The Qt Linguist catalogues against the sources: every string the code shows is in flywheel_es.ts,
// translated, with the source's placeholders and both Spanish plural forms.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <optional>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList forms; // the translation, or its numerus forms

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString where() const
    {
        return QStringLiteral("%1: \"%2\"%3").arg(context, source, comment.isEmpty() ? QString() : " (" + comment + ")");
    }
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message")
            messages.append(message);
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99, %L1.., %n and %Ln, each counted once: a translation may repeat or reorder them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

QString catalogue(const QString& language)
{
    return QStringLiteral(FLYWHEEL_SOURCE_DIR "/translations/flywheel_%1.ts").arg(language);
}

QString report(const QStringList& problems)
{
    return QString::number(problems.size()) + " message(s):\n  " + problems.join("\n  ");
}

} // namespace

class CatalogueTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        m_spanish = readCatalogue(catalogue("es"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_spanish.isEmpty());
    }

    void everySpanishMessageIsFinished()
    {
        QStringList problems;
        for (const Message& m : m_spanish) {
            if (!m.type.isEmpty())
                problems << m.type + " " + m.where();
            else if (m.forms.isEmpty() || m.forms.contains(QString()))
                problems << "empty " + m.where();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void pluralsHaveBothSpanishForms()
    {
        QStringList problems;
        for (const Message& m : m_spanish) {
            if (m.numerus && m.forms.size() != 2)
                problems << QString::number(m.forms.size()) + " form(s) " + m.where();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // English needs no translation but its plurals: without them "%n thread(s)" shows as written.
    void englishPluralsAreWritten()
    {
        QString error;
        const QList<Message> english = readCatalogue(catalogue("en"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message& m : english) {
            if (m.numerus && (m.forms.size() != 2 || m.forms.contains(QString()) || !m.type.isEmpty()))
                problems << m.where();
            else if (m.numerus && (placeholders(m.forms.at(0)) != placeholders(m.source) ||
                                   placeholders(m.forms.at(1)) != placeholders(m.source)))
                problems << m.where() + " -> \"" + m.forms.join("\" / \"") + "\"";
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void placeholdersMatchTheSource()
    {
        QStringList problems;
        for (const Message& m : m_spanish) {
            const QStringList expected = placeholders(m.source);
            for (const QString& form : m.forms) {
                if (!form.isEmpty() && placeholders(form) != expected)
                    problems << m.where() + " -> \"" + form + "\"";
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // lupdate over the sources (into copies) must find nothing the catalogues lack, nor leave
    // anything the catalogues hold that the sources no longer say.
    void cataloguesCoverTheSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << "es";
        QTest::newRow("en") << "en";
    }
    void cataloguesCoverTheSources()
    {
        QFETCH(QString, language);
        if (!m_regenerated) {
            m_regenerated.emplace();
            QProcess update;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("LUPDATE", FLYWHEEL_LUPDATE);
            update.setProcessEnvironment(env);
            update.start("bash", {FLYWHEEL_SOURCE_DIR "/translations/update-translations.sh", "--into",
                                  m_regenerated->path()});
            QVERIFY(update.waitForFinished(120000));
            QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
        }
        QString error;
        const QList<Message> committed = readCatalogue(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> fresh =
            readCatalogue(QDir(m_regenerated->path()).filePath("flywheel_" + language + ".ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> inCommitted, inFresh;
        for (const Message& m : committed)
            inCommitted.insert(m.key());
        QStringList problems;
        for (const Message& m : fresh) {
            inFresh.insert(m.key());
            if (!inCommitted.contains(m.key()))
                problems << "missing " + m.where();
        }
        for (const Message& m : committed) {
            if (!inFresh.contains(m.key()))
                problems << "no longer in the sources " + m.where();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(report(problems) + "\nRun translations/update-translations.sh and translate what is new."));
    }

private:
    QList<Message> m_spanish;
    std::optional<QTemporaryDir> m_regenerated;
};

QTEST_GUILESS_MAIN(CatalogueTest)
#include "CatalogueTest.moc"
