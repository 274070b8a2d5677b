// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>
#include <memory>

class PhoneAsYouTypeFormatter;
class QComboBox;
class QLineEdit;

// A phone number as people type it: the country code on the left ("Russia +7"), the national
// number on the right, formatted while typed ("912 345-67-89"). Picking the right code matters:
// the same digits are different numbers in different countries.
class PhoneNumberEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneNumberEdit(QWidget* parent = nullptr);
    ~PhoneNumberEdit() override;

    QString region() const;
    void setRegion(const QString& region);
    QString nationalNumber() const;
    void setNationalNumber(const QString& number);

    bool isEmpty() const;
    bool isValid() const;
    // "+79123456789"; empty when the number is not valid for the chosen country.
    QString e164() const;

    QComboBox* countryBox() const { return m_country; }
    QLineEdit* numberEdit() const { return m_number; }

signals:
    void changed();

private:
    // The accessible names and the country list ("Россия +7") in the current language.
    void retranslateUi();
    void reformat();
    void regionChanged();

    QComboBox* m_country;
    QLineEdit* m_number;
    std::unique_ptr<PhoneAsYouTypeFormatter> m_formatter;
};
