/* Order report in OpenEdge ABL */
&SCOPED-DEFINE MAX-ORDERS 100
&GLOBAL-DEFINE TITLE "Order report"

DEFINE VARIABLE iCount   AS INTEGER   NO-UNDO INITIAL 0.
DEFINE VARIABLE dTotal   AS DECIMAL   NO-UNDO.
DEFINE VARIABLE cName    AS CHARACTER NO-UNDO FORMAT "x(30)".
DEFINE TEMP-TABLE ttOrder NO-UNDO
    FIELD OrderNum AS INTEGER
    FIELD Amount   AS DECIMAL
    INDEX idxOrder IS PRIMARY UNIQUE OrderNum.

FOR EACH Customer NO-LOCK WHERE Customer.Balance > 1000,
    EACH Order OF Customer NO-LOCK BY Order.OrderDate DESCENDING:
    iCount = iCount + 1.
    IF iCount > {&MAX-ORDERS} THEN LEAVE.
    CREATE ttOrder.
    ASSIGN ttOrder.OrderNum = Order.OrderNum
           ttOrder.Amount   = Order.Amount * 1.5e0.
    dTotal = dTotal + ttOrder.Amount.
END.

FUNCTION formatAmount RETURNS CHARACTER (INPUT pdAmount AS DECIMAL):
    RETURN STRING(pdAmount, ">>>,>>9.99").
END FUNCTION.

// single line comment
DISPLAY {&TITLE} iCount dTotal formatAmount(dTotal) WITH FRAME fMain.
MESSAGE "Done: " + STRING(iCount) + " orders~n" VIEW-AS ALERT-BOX INFORMATION.
cName = 'x'.
IF TRUE AND NOT FALSE THEN RUN process.p (INPUT 0x1F, OUTPUT dTotal).
