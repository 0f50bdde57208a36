// Hierarchical linear regression
functions {
  real partial_sum(array[] real y_slice, int start, int end, vector mu, real sigma) {
    return normal_lpdf(y_slice | mu[start:end], sigma);
  }
}
data {
  int<lower=0> N;
  int<lower=1> J;
  array[N] int<lower=1, upper=J> group;
  vector[N] x;
  array[N] real y;
}
transformed data {
  real x_mean = mean(x);
  vector[N] x_c = x - x_mean;
}
parameters {
  real alpha;
  real beta;
  vector[J] eta;
  real<lower=0> tau;
  real<lower=0> sigma;
}
transformed parameters {
  vector[J] a = alpha + tau * eta;
}
model {
  vector[N] mu;
  /* priors */
  alpha ~ normal(0, 10);
  beta ~ normal(0, 2.5);
  eta ~ std_normal();
  tau ~ cauchy(0, 1);
  sigma ~ exponential(1);
  for (n in 1:N) {
    mu[n] = a[group[n]] + beta * x_c[n];
  }
  target += reduce_sum(partial_sum, y, 1, mu, sigma);
}
generated quantities {
  array[N] real y_rep = normal_rng(a[group] + beta * x_c, sigma);
  real ratio = beta / 1.5e-2;
  matrix[2, 2] m = [[1, 0], [0, 1]]';
  int positive = beta > 0 ? 1 : 0;
  complex z = 3 + 2i;
}
