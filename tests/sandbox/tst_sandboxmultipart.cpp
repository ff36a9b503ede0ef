// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartform.h"

#include <QTest>

class TestSandboxMultipart : public QObject
{
    Q_OBJECT
private slots:
    void parsesFieldsAndFiles()
    {
        const QByteArray body
            = "--XyZ\r\n"
              "Content-Disposition: form-data; name=\"recordType\"\r\n\r\n"
              "Company\r\n"
              "--XyZ\r\n"
              "Content-Disposition: form-data; name=\"file\"; filename=\"a b.txt\"\r\n"
              "Content-Type: text/plain\r\n\r\n"
              "line1\r\nline2\r\n"
              "--XyZ--\r\n";
        MultipartForm form;
        QString error;
        QVERIFY2(
            form.parse("multipart/form-data; boundary=\"XyZ\"", body, &error), qPrintable(error));
        QCOMPARE(form.parts().size(), 2);
        QCOMPARE(form.value("recordType"), QStringLiteral("Company"));
        QVERIFY(form.part("file")->isFile());
        QCOMPARE(form.part("file")->fileName, QByteArray("a b.txt"));
        QCOMPARE(form.part("file")->contentType, QByteArray("text/plain"));
        // CRLFs inside the data belong to the data.
        QCOMPARE(form.part("file")->data, QByteArray("line1\r\nline2"));
        QVERIFY(!form.contains("url"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json-content-type") << QByteArray("application/json") << QByteArray("{}");
        QTest::newRow("no-boundary-parameter")
            << QByteArray("multipart/form-data") << QByteArray("--a\r\n");
        QTest::newRow("boundary-absent-from-body")
            << QByteArray("multipart/form-data; boundary=a") << QByteArray("hello");
        QTest::newRow("no-closing-boundary")
            << QByteArray("multipart/form-data; boundary=a")
            << QByteArray("--a\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue");
        QTest::newRow("part-without-name")
            << QByteArray("multipart/form-data; boundary=a")
            << QByteArray("--a\r\nContent-Disposition: form-data\r\n\r\nv\r\n--a--");
        QTest::newRow("headers-never-end")
            << QByteArray("multipart/form-data; boundary=a")
            << QByteArray("--a\r\nContent-Disposition: form-data; name=\"x\"");
    }
    void rejects()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        MultipartForm form;
        QString error;
        QVERIFY(!form.parse(contentType, body, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxMultipart)
#include "tst_sandboxmultipart.moc"
