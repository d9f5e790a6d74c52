package io.fixtura.example.shop;

import io.fixtura.annotations.Range;
import io.fixtura.annotations.References;
import io.fixtura.annotations.Sensitive;
import io.fixtura.annotations.TestEntity;
import io.fixtura.annotations.Unique;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Someone who works at the shop. Built through a constructor for the names and setters for the
 * rest, as many hand-written classes are.
 */
@TestEntity
@Table(name = "employees")
public class Employee {

    @Id
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Sensitive
    private final String firstName;

    @NotBlank
    @Size(max = 40)
    @Sensitive
    private final String lastName;

    @NotNull
    @Email
    @Unique
    @Column(name = "work_email", length = 100, nullable = false, unique = true)
    @Sensitive(Sensitive.Strategy.MASK)
    private String workEmail;

    @Pattern(regexp = "\\+49 \\d{3} \\d{6,8}")
    @Sensitive(Sensitive.Strategy.MASK)
    private String phone;

    @NotNull
    @Past
    @Range(min = "now-70y", max = "now-18y")
    @Sensitive(Sensitive.Strategy.GENERALIZE)
    private LocalDate birthDate;

    @NotNull
    @Range(min = "2000-01-01", max = "now")
    private LocalDate hiredOn;

    @References(Employee.class)
    private Long managerId;

    @NotNull
    @Positive
    @Digits(integer = 7, fraction = 2)
    private BigDecimal salary;

    @Size(max = 5)
    private Set<@NotBlank @Size(max = 30) String> skills = new LinkedHashSet<>();

    public Employee(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public BigDecimal getSalary() {
        return salary;
    }

    public void setSalary(BigDecimal salary) {
        this.salary = salary;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public void setSkills(Set<String> skills) {
        this.skills = skills;
    }
}
