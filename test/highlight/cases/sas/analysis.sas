/* Sales analysis program */
options nodate nonumber ls=80;
libname sales '/data/sales';
%let year = 2023;
%let region = "North";

* Read the raw data;
data work.orders;
  infile '/data/raw/orders.csv' dlm=',' firstobs=2 dsd;
  length customer $ 40 product $ 20;
  input order_id customer $ product $ quantity price order_date :yymmdd10.;
  format order_date date9. price dollar10.2;
  total = quantity * price;
  if total > 1000 then big_order = 1;
  else big_order = 0;
  if missing(customer) then delete;
  where year(order_date) = &year;
  retain running 0;
  running + total;
  drop running;
run;

data work.lookup;
  input code $ label $20.;
  datalines;
A1 Alpha product
B2 Beta product
;
run;

proc sort data=work.orders out=work.sorted nodupkey;
  by customer descending total;
run;

proc means data=work.sorted n mean std min max maxdec=2;
  class product;
  var total quantity;
  output out=work.stats mean=avg_total;
run;

proc sql;
  create table work.top as
  select customer, sum(total) as revenue format=dollar12.
  from work.orders
  where order_date between '01JAN2023'd and '31DEC2023'd
  group by customer
  having calculated revenue > 5000
  order by revenue desc;
quit;

proc freq data=work.orders;
  tables product*big_order / nocol norow chisq;
run;

%macro report(ds=, var=);
  %if %upcase(&var) = TOTAL %then %do;
    title "Report for &ds (&var)";
    proc print data=&ds(obs=10) noobs label;
      var customer &var;
    run;
  %end;
  %put NOTE: done with &ds..;
%mend report;

%report(ds=work.top, var=revenue);
x = 1e3 + 0FFx - .5;
if x = . then put _n_= _error_=;
