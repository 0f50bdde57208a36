*&---------------------------------------------------------------------*
*& Report ZFLIGHT_REPORT
*&---------------------------------------------------------------------*
REPORT zflight_report.

TABLES: sflight.

PARAMETERS: p_carr TYPE s_carr_id DEFAULT 'LH',
            p_max  TYPE i DEFAULT 10.
SELECT-OPTIONS s_date FOR sflight-fldate.

CLASS lcl_report DEFINITION FINAL.
  PUBLIC SECTION.
    METHODS: run,
      display IMPORTING it_flights TYPE STANDARD TABLE.
  PRIVATE SECTION.
    DATA mt_flights TYPE TABLE OF sflight.
ENDCLASS.

CLASS lcl_report IMPLEMENTATION.
  METHOD run.
    " Read the flights of one carrier
    SELECT * FROM sflight
      INTO TABLE @mt_flights
      UP TO @p_max ROWS
      WHERE carrid = @p_carr
        AND fldate IN @s_date.
    IF sy-subrc <> 0.
      MESSAGE 'No flights found' TYPE 'I'.
      RETURN.
    ENDIF.
    DATA(lv_count) = lines( mt_flights ).
    WRITE: / |Found { lv_count } flights|.
    me->display( mt_flights ).
  ENDMETHOD.

  METHOD display.
    FIELD-SYMBOLS <ls_flight> TYPE sflight.
    LOOP AT it_flights ASSIGNING <ls_flight>.
      DATA(lv_free) = <ls_flight>-seatsmax - <ls_flight>-seatsocc.
      IF lv_free > 0.
        WRITE: / <ls_flight>-carrid, <ls_flight>-connid,
                 <ls_flight>-fldate, lv_free.
      ELSE.
        WRITE: / 'Fully booked: ', <ls_flight>-connid.
      ENDIF.
    ENDLOOP.
    DATA(lo_alv) = NEW cl_salv_table( ).
    cl_salv_table=>factory( IMPORTING r_salv_table = lo_alv
                            CHANGING t_table = mt_flights ).
    lv_text = condense( val = `  padded  ` ).
  ENDMETHOD.
ENDCLASS.

START-OF-SELECTION.
  NEW lcl_report( )->run( ).
