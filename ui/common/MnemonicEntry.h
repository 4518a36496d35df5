// 24 fields for a recovery phrase; checks each word as it is typed and the checksum at the end.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace fw::ui {

class MnemonicEntry : public QWidget
{
    Q_OBJECT
public:
    explicit MnemonicEntry(QWidget* parent = nullptr);

    // true when all words are in the list and the checksum matches.
    bool isValid() const { return m_valid; }
    QStringList words() const;
    // Fills the fields from free text (pasting a whole phrase into any field does the same).
    void setWords(const QStringList& words);
    QLineEdit* field(int index) const { return m_fields.at(index); }
    QString statusText() const;

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onFieldEdited(int index);
    void validate();

    QList<QLineEdit*> m_fields;
    QLabel* m_status;
    bool m_valid = false;
};

} // namespace fw::ui
