* Amiga copper list setup
        include "hardware/custom.i"
        section code,code

CUSTOM  equ     $dff000
COLOR00 equ     $180

start:
        move.l  4.w,a6          ; exec base
        lea     gfxname(pc),a1
        moveq   #0,d0
        jsr     -552(a6)        ; OpenLibrary
        move.l  d0,gfxbase
        beq.s   .exit
        lea     CUSTOM,a5
        move.w  #$7fff,$9a(a5)  ; disable interrupts
        move.l  #copper,$80(a5)
.loop:
        btst    #6,$bfe001      ; left mouse button
        bne.s   .loop
        move.w  #%1000001110000000,$96(a5)
        dbra    d7,.loop
.exit:
        moveq   #0,d0
        rts

        ifne    DEBUG
        illegal
        endc

        section data,data_c
copper:
        dc.w    COLOR00,$0f00
        dc.w    $ffff,$fffe     ; end of copper list
gfxname:
        dc.b    "graphics.library",0
        dc.b    'A',"tab\there"
        even
gfxbase:
        ds.l    1
        end
